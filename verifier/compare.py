"""Stage 5: decide agreement, contradiction or uncertainty, aspect by aspect.

A contradiction is a finding verify stands behind: two aligned claims whose
values cannot both be true *and* whose event is established as the same one
(the same day, or an event that happens once, like an appointment). When the
values conflict but the dates that would decide it are unknown, the finding
is `uncertain`: a person must judge.

Confidence, in 0..1:
- agreement: half the aligner's probability that the claims say the same
  thing (a model fitted on MSRP), half the share of the typed values they
  both state that match (0.5 when they state none);
- contradiction: half that probability (or 1 for an event keyed by person and
  role, like an appointment), half the certainty of the values (1 when both
  sides state them, 0.8 when one side is inferred from a temporal word and the
  publication date);
- uncertain: that probability, i.e. how likely the claims report one event;
- single_source: one minus the best probability for any claim of another outlet.
"""

from __future__ import annotations

import calendar
import math
import re
from collections import defaultdict
from dataclasses import dataclass, replace

from rapidfuzz.distance import JaroWinkler

from . import lexicon as lx
from .align import NEAR_DAYS, Pair, one_occasion_told_twice, same_speaker_threshold, thresholds
from .entities import Resolution, same_person, split_name
from .records import Claim, Evidence, Finding, Source, Value
from .values import (
    AGE_OF,
    COMPATIBLE,
    DIFFERENT,
    ELAPSED,
    GENERIC_UNITS,
    SAME,
    UNKNOWN,
    casualty_of,
    clock_time,
    clock_times_apart,
    comparable_number,
    currency_key,
    date_relation,
    days_apart,
    describe_interval,
    event_date,
    event_places,
    figures,
    in_base_units,
    intervals_disjoint,
    match_scores,
    matched_quantities,
    names_an_index,
    number_certainty,
    number_relation,
    place_relation,
    quantities_conflict,
    quantity_unit,
    running_total,
    said_on,
    same_unit,
    two_scales,
    unit_key,
    weekday_of,
)

_COMMON_COUNTS = {unit_key(w) for w in ("people", "times", "games", "matches", "wins")}  # counted in many stories
_SPORTS_CONTEXT = re.compile(r"\b(?:rebounds?|assists?|touchdowns?|receptions?|strikeouts?|homers?|rbis?|wickets?|carries|"
                             r"rushing|receiving|passing|quarterback|innings|scored|scoring|season|game)\b", re.I)
_VOTE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballots?|bill|measure|motion|resolution|ordinance|amendment)\b", re.I)
_CHAMBER = re.compile(r"\b(?:house|senate|assembly|sejm|seimas|saeima|lords|commons|council|committee|chamber|congress|"
                      r"bundestag|bundesrat|duma|knesset|diet|lok sabha|rajya sabha|upper|lower)\b", re.I)
_CHAMBER_WORDS = {"house", "senate", "assembly", "national", "parliament", "congress", "lawmakers", "lords", "commons"}
_OTHER_MEASURE = re.compile(r"\b(?:amendments?|separate|another)\b", re.I)
KIND_ORDER = {"contradiction": 0, "uncertain": 1, "agreement": 2, "single_source": 3}


@dataclass(frozen=True, slots=True)
class _Conflict:
    aspect: str
    certainty: float  # how sure the values are incompatible, 0..1, given the same event
    values: tuple[str, str]
    what: str
    exact: bool = False  # one figure of one counted thing, said two ways (before doubts about the event)
    unit: str | None = None  # what a differing number counts
    numbers: tuple[float, float] | None = None  # the two figures of a number conflict, as the claims give them
    person_age: bool = False  # the age of one named person, whose years between articles _aged_between judged


LIKELY_MEANING = 0.6  # a likely same event this close in meaning, with one figure said two ways, is for a person to judge
CERTAIN = 0.9  # values this certain make a contradiction of an established same event
EXACT_FIGURE = 0.7  # one exact figure said two ways, doubted only for the kind of event: a contradiction once established
SAME_STATEMENT = 0.65  # one speaker's two statements this close in meaning state one position
PARAPHRASE_MEANING = 0.85  # claims this close in meaning say the same thing, figures and all
DENIED_MEANING = 0.5  # the words one claim denies, stated by the other in a pair established as one event
CLOSE_MEANING = 0.75  # claims this close in meaning state their money and percentages of one thing
CLOSEST_MARGIN = 0.02  # P(same event) this close: two claims equally likely of the event, meaning decides
ANCHOR_MEANING = 0.7  # meaning this close ties two claims to one event, with the model's probability


def compare(sources: list[Source], claims: list[Claim], resolution: Resolution, pairs: list[Pair]) -> list[Finding]:
    """Findings from the aligned pairs: each pair's arguments compared one by
    one (contradiction or uncertain), agreements where the same event is
    established and an argument is stated alike, the rest single_source."""
    src = {s.id: s for s in sources}
    likely, established = thresholds()
    findings: list[Finding] = []
    conflicted: set[tuple[int, int]] = set()
    seen_conflicts: set[tuple] = set()
    closest = _closest(claims, pairs)
    checked = [_conflicts(claims[p.a], claims[p.b], p, src, resolution) for p in pairs]
    equal_of = {(check.pair.a, check.pair.b): check.equal for check in checked}  # quantities matched once, in _conflicts
    two_occasions = _articles_of_two_occasions(claims, checked, established)
    ledes_apart = _ledes_dated_apart(claims, src)
    placed_apart = _ledes_placed_apart(claims, src, resolution)
    one_story = _ledes_of_one_event(claims, checked, src, resolution, established)
    apart: set[tuple[str, int, str, int]] = set()  # sentences that tell two events: none of their clauses agree
    clauses_of: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        clauses_of[(c.source, c.sentence)].append(c)
    for check in checked:
        p, found = check.pair, check.conflicts
        a, b = claims[p.a], claims[p.b]
        if check.two_doers or any(c.aspect in {"place", "person"} for c in found):
            apart.add(_sentences(a, b))  # ("Residents in Hull ..." / "in York were evacuated after the river burst its banks")
        # the other's figure told by another clause of one's sentence: that clause's figure, not this one's ("the
        # council voted 9-4 after the committee voted 5-2" against "the committee voted 5-2 on Tuesday")
        told_beside = [c for c in found if c.aspect == "number" and _told_beside(c, a, b, clauses_of)]
        if told_beside:
            conflicted.add((p.a, p.b))
            found = [c for c in found if c not in told_beside]
        sibling = _sibling_closer(p, claims, closest)
        if sibling is not None and any(c.aspect in {"number", "date"} for c in found):
            # another clause of one's sentence is the other's counterpart: a figure the two state differently is the
            # sibling's to compare ("the council voted 9-4 after the committee voted 5-2" vs "the committee voted
            # 5-2"), and so is a date when the sibling dates the other claim's event alike ("Barclays reported on
            # Thursday after Lloyds posted £1.4 billion on Wednesday" vs "Lloyds reported on Wednesday"); the two
            # claims agree on nothing either
            conflicted.add((p.a, p.b))
            found = [_left_over_dates(c, p, sibling, claims) if c.aspect == "date" and _sibling_dates(c, p, sibling, claims)
                     else c for c in found if c.aspect != "number"]
            found = [c for c in found if c is not None]
        if check.two_doers:
            conflicted.add((p.a, p.b))  # two named doers: two actions, never one fact two outlets agree on
        closest_of_a, closest_of_b = closest.get((p.a, b.source)) == p.b, closest.get((p.b, a.source)) == p.a
        counterparts = closest_of_a and closest_of_b
        nobody_in_common = any(c.aspect == "place" for c in found) and not _shared_people(a, b, resolution) \
            and not _lede_people(a, clauses_of, resolution) & _lede_people(b, clauses_of, resolution) \
            and not _storms(a) & _storms(b) \
            and not _an_exact_figure_alike(a, b, check.equal)  # a named storm is one storm; "an unbeaten 187" in both is one innings
        if nobody_in_common:
            conflicted.add((p.a, p.b))  # two places and nobody in common: two events (two attacks on one day) ...
            if not (counterparts and _only_the_place_differs(a, b, found, p, established, check.equal)) or check.two_doers:
                continue  # ... unless the place is all that differs between near-identical counterparts: a person judges
        day_and_count = _day_and_count_differ(a, b, found)
        for c in found:
            key = (c.aspect, frozenset({a.source, b.source}), c.values)
            conflicted.add((p.a, p.b))
            if key in seen_conflicts:
                continue
            # two dates of one event: whether it is one is asked of all but the dates (align's `undated`), when both
            # are surely the event's own (a weekday may be the report's: "it was reported Wednesday") and the date
            # is all that differs, and something specific is named in both (a quake near Bandar Abbas in September and
            # one at Zarand in February, both "in Iran", are two quakes), of a kind of event that happens to its
            # participants once (a death, a resignation, an arrest; not an injury or a heckling: two days may be two)
            undated = c.aspect == "date" and p.undated is not None and c.certainty >= CERTAIN \
                and all(x.aspect == "date" for x in found) and _named_in_common(a, b, resolution) and _once(a, b)
            same = p.undated if undated else p.score
            if same < likely:
                continue  # a pair aligned only for its dates: no other conflict of it is judged
            # a named person dies once: two deaths of one name are one event, whatever the model's probability
            same = max(same, established) if _one_death(a, b) else same
            if c.what.startswith(_WINNER) and _one_result(a, b, clauses_of):
                same = max(same, established)  # one match's result in both sentences: one match, one deciding goal
            if nobody_in_common:
                kind = "uncertain"  # "the gunman was arrested in Leeds" vs "in Bradford": one arrest, or two gunmen?
            elif same >= established and (_anchored(a, b, p, src, resolution) or _a_count_alike(a, b, check.equal)
                                          or c.aspect == "polarity"  # the words denied are the anchor
                                          # one exact figure of one counted thing in each other's closest claims,
                                          # in two articles whose ledes tell one event
                                          or (counterparts and c.aspect == "number" and c.exact
                                              and (_one_kind(a, b) or c.what.startswith(_TALLY)
                                                   # one toll of one disaster, told by the quake that killed or
                                                   # the people who died in it
                                                   or (c.unit in RUNNING_COUNTS and {a.predicate, b.predicate} <= ONE_OFF_EVENTS))
                                              and frozenset({a.source, b.source}) in one_story)
                                          # one result of one match in both sentences ("Dortmund beat Leipzig 1-0
                                          # ... after Adeyemi struck a stoppage-time winner")
                                          or (c.what.startswith(_WINNER) and _one_result(a, b, clauses_of))
                                          # one match's two sides named in both, on one day: the match itself
                                          or (c.what.startswith(_TALLY) and c.certainty >= CERTAIN)):
                # one figure of one counted thing, said two ways, in claims established as one event: the model's
                # probability and the anchor outweigh doubts from the kinds of event or other figures that differ
                certain = c.certainty >= CERTAIN or (c.exact and c.certainty >= EXACT_FIGURE and counterparts)
                if c.aspect == "number" and frozenset({a.source, b.source}) in two_occasions:
                    certain = False  # the two articles differ on several counts and share none: two occasions more likely
                if frozenset({a.source, b.source}) in ledes_apart and c.aspect != "date" and not _dated_alike(a, b):
                    certain = False  # the articles' ledes are dated days apart: two occasions of one kind more likely
                if frozenset({a.source, b.source}) in placed_apart:
                    certain = False  # the articles' ledes place one kind of event apart, nobody in common: two events?
                if c.aspect == "date" and _each_its_own_news(a, b, src) and not _shared_people(a, b, resolution):
                    certain = False  # "killed in a crash on the M6 on Sunday" on March 3, "on Friday" on March 8: two crashes?
                if day_and_count and not _is_age(c.unit) and not _one_death(a, b):
                    certain = False  # "pulled 3 survivors on Tuesday" vs "5 survivors on Wednesday": two days of a rescue?
                if c.aspect == "number" and _running_count(a, b, c, src):
                    certain = False  # "have killed 62" on Wednesday, "158" on Friday: a toll rises as the missing are found
                if (_undated_months_apart(a, b, src) or _dated_months_from_article(a, b, src)) and not c.person_age:
                    # "won 52 percent" in June and "35 percent" in March, no date said: two rounds? A toll a month
                    # apart may have risen, even of one dated quake; "1,100 evacuated" on a Tuesday of July 2023 and
                    # "2,400 under evacuation orders" in an article of August 2024: two fires?
                    certain = False
                kind = "contradiction" if certain else "uncertain"
            elif c.what.startswith(_WINNER) and counterparts and frozenset({a.source, b.source}) in one_story:
                kind = "contradiction"  # two articles whose ledes tell one match, each other's closest claims
            elif c.exact and p.meaning >= LIKELY_MEANING:
                kind = "uncertain"  # the same event only likely: a person judges one figure said two ways
            elif c.aspect == "date" and counterparts and p.undated is not None and p.undated >= established \
                    and all(x.aspect == "date" for x in found):
                # one event but for its date, by all else the claims say ("sank off Varna on 4 February" vs "went
                # down off Varna during a storm on February 6"): the date is all that keeps it from established
                kind = "uncertain"
            else:
                continue  # the same event is not established: no finding
            if kind == "uncertain" and not counterparts and (
                    c.aspect != "number" or not (closest_of_a or closest_of_b)
                    or _stated_alike_elsewhere(p.a, p.b, c.unit, closest, equal_of, claims)
                    or _stated_alike_elsewhere(p.b, p.a, c.unit, closest, equal_of, claims)):
                # a doubtful conflict between claims that each report something closer in the other source: a date
                # or place of a side event; a figure only when one claim is the other's closest and the other's
                # closer claim does not state it alike ("finished with 23 points" twice, and "13 points at the half"
                # against one of them; "It left 2.5 million homes without power" still meets "1.8 million homes")
                continue
            seen_conflicts.add(key)
            findings.append(_finding(kind, c.aspect, same * c.certainty, f"{c.what}: {c.values[0]} ({_outlet(src[a.source])}) vs "
                                     f"{c.values[1]} ({_outlet(src[b.source])})", [(a, c.values[0]), (b, c.values[1])]))
    findings.extend(_winner_conflicts(claims, resolution, src, one_story, seen_conflicts, clauses_of))
    findings.extend(_appointment_conflicts(claims, resolution, src))
    findings.extend(_tolls_of_none(claims, pairs, src, established, apart, placed_apart))
    roles = _role_conflicts(claims, resolution, src)
    findings.extend(roles)
    index = {c.id: i for i, c in enumerate(claims)}
    for f in roles:  # two posts for one person: the two claims are no fact the outlets agree on
        i, j = sorted(index[e.claim] for e in f.evidence)
        conflicted.add((i, j))
    findings.extend(_age_conflicts(claims, resolution, src, {frozenset({p.a, p.b}) for p in pairs if (p.a, p.b) in conflicted}))
    findings.extend(_agreements(claims, [p for p in pairs if p.score >= established
                                         and _sentences(claims[p.a], claims[p.b]) not in apart
                                         # two events' articles agree only on the words themselves
                                         and (p.basis == "paraphrase"
                                              or frozenset({claims[p.a].source, claims[p.b].source}) not in placed_apart)],
                                conflicted, src, resolution, equal_of))
    reported = {e.claim for f in findings for e in f.evidence}
    findings.extend(_single_source([c for c in claims if c.id not in reported], pairs, claims, src))
    findings.sort(key=lambda f: (KIND_ORDER[f.kind], -f.confidence, f.evidence[0].source, f.evidence[0].start, f.aspect))
    return findings


_ANY_VICTIMS = {"people", "person", "persons", "others", "victims", "dead", "injured", "hurt", "wounded", "missing",
                "killed", "casualties", "bodies", "lives", "fatalities"}


def _victims_apart(x: Value, y: Value) -> bool:
    """Two casualty counts naming two kinds of people ("5 villagers", "12 soldiers"): two counts, not one toll said
    two ways; "12 people" and "40 wedding guests", "five dead" and "eight people" may be one."""
    nouns = [lx.fold(v.unit or "").split()[-1:] for v in (x, y)]
    if not all(nouns):
        return False
    na, nb = nouns[0][0], nouns[1][0]
    return na not in _ANY_VICTIMS and nb not in _ANY_VICTIMS and na[:5] != nb[:5]


_AFTERSHOCK = re.compile(r"\b(?:aftershocks?|foreshocks?|tremors?)\b", re.I)  # a quake's other quakes, other magnitudes
_SINCE = re.compile(r"\bsince\b(?:\s+[a-z]+){0,2}\s*(?:on\s+|in\s+|last\s+)?$", re.I)


def _since(c: Claim, d: Value | None) -> bool:
    """The date is when something began ("since igniting on Monday", "since January"): a start, not the day of what
    the claim reports."""
    return d is not None and c.start <= d.start and bool(_SINCE.search(c.text[max(0, d.start - c.start - 30):d.start - c.start]))


def _sentences(a: Claim, b: Claim) -> tuple[str, int, str, int]:
    return a.source, a.sentence, b.source, b.sentence


def _told_beside(c: _Conflict, a: Claim, b: Claim, clauses_of: dict[tuple[str, int], list[Claim]]) -> bool:
    """The other claim's figure in conflict `c` is stated by another clause of the same sentence as one claim."""
    for k, mine in enumerate((a, b)):
        theirs = c.values[1 - k]
        number = c.numbers[1 - k] if c.numbers else None
        for sib in clauses_of[(mine.source, mine.sentence)]:
            if sib.id == mine.id:
                continue
            if number is not None and any(v.number == number and (c.unit is None or quantity_unit(sib, v) == c.unit)
                                          for v in sib.of_kind("number")):
                return True
            if number is None and theirs.split(" ")[0] in sib.text:  # a score or tally ("5-2")
                return True
    return False


def _sibling_dates(c: _Conflict, p: Pair, sibling: tuple[int, int], claims: list[Claim]) -> bool:
    """The other claim's date in conflict `c` is a date the sibling clause gives too: the sibling's event."""
    near, other = sibling
    told = c.values[0 if other == p.a else 1]
    return any(date_relation(d, x) in {SAME, COMPATIBLE} for d in claims[other].of_kind("date") if _date_text(d) == told
               for x in claims[near].of_kind("date"))


def _left_over_dates(c: _Conflict, p: Pair, sibling: tuple[int, int], claims: list[Claim]) -> _Conflict | None:
    """The date conflict between a clause and the other claim's one date the sibling clause does not give
    ("quit on Friday after the board rejected his pay deal on Wednesday" vs "rejected the pay deal on Tuesday, and
    he quit on Friday": Wednesday vs Tuesday), or None."""
    near, other = sibling
    mine = p.a if other == p.b else p.b
    left, own = _unmatched(_dates_told(claims[other]), claims[near].of_kind("date")), _dates_told(claims[mine])
    if len(left) != 1 or len(own) != 1 or date_relation(own[0], left[0]) != DIFFERENT:
        return None
    values = (_date_text(own[0]), _date_text(left[0])) if mine == p.a else (_date_text(left[0]), _date_text(own[0]))
    return replace(c, values=values)


_REPORT_LEMMAS = {"report", "announce", "publish", "unveil", "disclose"}  # not "released a prisoner", "posted a video"


def _reported_when_said(x: Claim, d: Value | None, other: Claim) -> bool:
    """x's event is a report, dated the day the other claim says it was said: the two claims' days are of one
    report, and the other's own date is of what was reported (a year's profit, a quarter's sales)."""
    return d is not None and x.frame is not None \
        and (x.frame.lemma in _REPORT_LEMMAS or x.frame.lemma == "post" and x.predicate == "transaction") \
        and any(said_on(other, y) and date_relation(d, y) in {SAME, COMPATIBLE} for y in other.of_kind("date"))


_PERIOD = re.compile(r"\b(?:(?P<quarter>(?:first|second|third|fourth|1st|2nd|3rd|4th|final)[- ]quarter|quarterly|q[1-4]|"
                     r"three months)|(?P<half>(?:first|second)[- ]half|half-year(?:ly)?|six months|interim)|"
                     r"(?P<nine>nine months)|(?P<year>full[- ]year|annual|yearly|fiscal year|for the year|twelve months|12 months))\b",
                     re.I)
_EARNINGS = re.compile(r"\b(?:profits?|earn(?:ed|ings|s)?|revenues?|sales|turnover|loss(?:es)?|income|deliver(?:ed|ies)|"
                       r"shipments|shipped|output|production|produced|sold|gdp|economy|grew|growth)\b", re.I)


def _accounts_for(c: Claim) -> set[str]:
    """The periods a claim's results are of (a quarter, a half, a year: "a fourth-quarter net profit", "delivered
    495,000 vehicles in the fourth quarter", "earned 15.8 billion pesos in 2025"), empty when it names none; "three
    months", "interim" or a year only of results, not a ban "for three months"."""
    results = bool(_EARNINGS.search(c.text))
    found = {k for m in _PERIOD.finditer(c.text) for k, v in m.groupdict().items()
             if v and (results or not re.search(r"months|interim", v, re.I))}
    if results and any(d.granularity == "year" for d in c.of_kind("date")):
        found.add("year")
    return found


def _dates_told(c: Claim) -> list[Value]:
    """The claim's dates but the day of its saying."""
    return [d for d in c.of_kind("date") if not said_on(c, d)]


def _unmatched(dates: list[Value], others) -> list[Value]:
    """The dates no date of `others` allows."""
    return [d for d in dates if not any(date_relation(d, x) in {SAME, COMPATIBLE} for x in others)]


def _sibling_closer(p: Pair, claims: list[Claim], closest: dict[tuple[int, str], int]) -> tuple[int, int] | None:
    """(sibling, other) when a clause split from the same sentence as one claim of the pair is the other claim's
    closest ("the council voted 9-4 after the committee voted 5-2" against "the committee voted 5-2"): the pair is
    not each other's counterpart."""
    a, b = claims[p.a], claims[p.b]
    for mine, other, source in ((p.a, p.b, a.source), (p.b, p.a, b.source)):
        nearest = closest.get((other, source))
        if nearest is not None and nearest != mine and claims[nearest].sentence == claims[mine].sentence:
            return nearest, other
    return None


def _is_age(unit: str | None) -> bool:
    """The unit key of an age: "age of buckley", "age of boy", or "age of" alone ("a 17-year-old")."""
    return bool(unit) and unit.startswith(AGE_OF.strip())


def _age_of(unit: str, event: str) -> str:
    """"Age of the boy in the event" for "a 17-year-old boy", "Age in the event" for "a 17-year-old"."""
    noun = unit.removeprefix(AGE_OF.strip()).strip()  # "age of" alone: no noun after the age
    return f"Age of the {noun} in {event}" if noun else f"Age in {event}"


def _peak(c: Claim, v: Value) -> bool:
    """A figure given as a maximum reached ("winds of up to 149 km/h", "as many as 300"), not a limit ("under 20",
    "fewer than 30": a bound either side of which the count may lie) nor a rate ("fines of up to $11,000 per call")."""
    if v.bound != "at_most" or re.match(r"\s*(?:[a-z]+\s+)?(?:per|each|a|an)\s", c.text[v.end - c.start:], re.I):
        return False
    before = c.text[max(0, v.start - c.start - 25):v.start - c.start]
    return bool(re.search(r"\b(?:up to|a maximum of|as many as|as much as)\s*[$€£¥]?\s*$", before, re.I))


RUNNING_COUNTS = {"dead", "injured", "missing", "hospitalised", "seriously injured", "slightly injured"}  # counts that change as a toll is established
_TOLL = re.compile(r"\b(?:death toll|casualty toll|casualties|fatalities)\b", re.I)
RUNNING_HOURS = 12  # articles this far apart may give two moments of a rising toll


def _running_count(a: Claim, b: Claim, c: _Conflict, src: dict[str, Source]) -> bool:
    """A count of the dead, injured or missing, or in a claim about a toll, higher in the later of two articles
    published hours apart: each gives the count known when it was written. Not a lower count later (a
    correction to judge as any), nor the toll of an event dated long before ("the 1988 Lockerbie bombing")."""
    pa, pb = src[a.source].published, src[b.source].published
    if pa is None or pb is None or abs((pa - pb).total_seconds()) < RUNNING_HOURS * 3600 or c.numbers is None:
        return False
    if not (c.unit in RUNNING_COUNTS or any(_TOLL.search(x.text) for x in (a, b))):
        return False
    for claim in (a, b):
        when = event_date(claim)
        if when is not None and when.year_known and when.latest is not None and (min(pa, pb).date() - when.latest).days > APART_DAYS:
            return False  # a toll long settled
    earlier, later = (c.numbers[0], c.numbers[1]) if pa < pb else (c.numbers[1], c.numbers[0])
    return later > earlier


ONE_OFF_EVENTS = {"death", "disaster", "attack", "injury"}  # kinds of event that happen once, on one day


def _day_and_count_differ(a: Claim, b: Claim, found: list[_Conflict]) -> bool:
    """The claims tell one verb of an activity that goes on (a rescue, raids, arrests) and differ on its day and on
    a count at once: two days of it are likelier than one day misreported twice over. Not a one-off event (a
    crash, a quake, an attack, anything that kills or injures), whose day and toll are each compared."""
    one_verb = a.frame is not None and b.frame is not None and bool(a.frame.lemma) and a.frame.lemma == b.frame.lemma
    counts = [c for c in found if c.aspect == "number" and not _is_age(c.unit)]
    return one_verb and not {a.predicate, b.predicate} & ONE_OFF_EVENTS and any(c.what.startswith("Date of") for c in found) \
        and bool(counts) and not any(c.unit in RUNNING_COUNTS for c in counts)


def _only_the_place_differs(a: Claim, b: Claim, found: list[_Conflict], p: Pair, established: float,
                            equal: list[tuple[Value, Value]]) -> bool:
    """Established, near-identical counterparts dated to one day, whose one conflict is the place, about one
    participant the story already knows ("Police arrested the gunman in Leeds on Saturday" vs "The gunman was
    arrested in Bradford on Saturday") or one count of one thing stated alike ("seized 3.2 tonnes of cocaine" at
    Antwerp, "3.2 tonnes of cocaine were found" in Rotterdam): "a bomb exploded in Kabul" and "in Kandahar" on one
    day are two bombs."""
    da, db = event_date(a), event_date(b)
    one_day = da is not None and db is not None and da.granularity == db.granularity == "day" and date_relation(da, db) == SAME
    return one_day and p.score >= established and p.meaning >= ANCHOR_MEANING and all(c.aspect == "place" for c in found) \
        and (bool(_definite_participants(a) & _definite_participants(b)) or _a_count_alike(a, b, equal))


def _definite_participants(c: Claim) -> set[str]:
    """The heads of the frame's agents and patients the claim names with "the" ("the gunman", "the suspected
    gunman", "the plane"): known to the story."""
    if c.frame is None:
        return set()
    return {words[-1] for v in (*c.frame.of_role("agent"), *c.frame.of_role("patient"))
            if _determiner(c, v) == "the" and (words := re.findall(r"[\w'’-]+", lx.fold(v.text)))}


def _determiner(c: Claim, v: Value) -> str | None:
    """"the", "a" or "an" when the value opens with it or follows it in the claim ("the gunman", "as a director")."""
    first = re.findall(r"[\w'’-]+", lx.fold(v.text))[:1]
    before = re.findall(r"[\w'’-]+", lx.fold(c.text[max(0, v.start - c.start - 6):v.start - c.start]))[-1:]
    return next((w[0] for w in (first, before) if w and w[0] in {"the", "a", "an"}), None)


def _stated_alike_elsewhere(i: int, j: int, unit: str | None, closest: dict[tuple[int, str], int],
                            equal_of: dict[tuple[int, int], list[tuple[Value, Value]]], claims: list[Claim]) -> bool:
    """Claim j's closest claim in claim i's source is another one, and states a figure of this unit alike with j."""
    k = closest.get((j, claims[i].source))
    if k is None or k == i or unit is None:
        return False
    equal = equal_of.get((k, j)) or [(y, x) for x, y in equal_of.get((j, k), [])]  # each side's figure first as k's
    return any(quantity_unit(claims[k], x) == unit for x, _ in equal)


def _articles_of_two_occasions(claims: list[Claim], checked: list[_Checked], established: float) -> set[frozenset[str]]:
    """Pairs of sources whose established claim pairs differ on counts of two
    or more things and state no count alike (the claim-level rule, "14 homers,
    40 RBIs" vs "31 homers, 115 RBIs", across whole articles), or date their
    events differently and never alike ("arrested 23 pirates on Saturday" vs
    "26 pirates on Thursday"): one event misreported would share some figure or day."""
    differing: dict[frozenset[str], set[str]] = defaultdict(set)
    alike: set[frozenset[str]] = set()
    dated_apart: set[frozenset[str]] = set()
    dated_alike: set[frozenset[str]] = set()
    for check in checked:
        p = check.pair
        if p.score < established:
            continue
        a, b = claims[p.a], claims[p.b]
        sides = frozenset({a.source, b.source})
        # (not a toll given as it stood at two moments: "killing 12" vs "the death toll rose to 31")
        differing[sides] |= {c.unit for c in check.conflicts if c.aspect == "number" and c.unit
                             and not _is_age(c.unit) and not (c.numbers and (running_total(a, c.numbers[0])
                                                                              or running_total(b, c.numbers[1])))}
        if _counts_alike(a, b, check.equal):
            alike.add(sides)  # a count of one named thing stated alike ("13 loaded magazines"), not any small number
        if any(c.aspect == "date" for c in check.conflicts) and not one_occasion_told_twice(a, b):
            dated_apart.add(sides)  # (not one strike misdated: "wounding 12 doctors" at one hospital in both)
        elif check.dates == SAME:
            dated_alike.add(sides)
    two_counts = {sides for sides, units in differing.items() if len(units) >= 2 and sides not in alike}
    return two_counts | (dated_apart - dated_alike)


_TALLY = "Score"  # what a score or a vote's tally is called in a finding
LEDE_SENTENCES = 2  # an article's event is told in its first sentences
LEDES_APART_DAYS = 3  # ledes dated this far apart tell two events; a day apart is one event misdated as often


def _ledes_dated_apart(claims: list[Claim], src: dict[str, Source]) -> set[frozenset[str]]:
    """Pairs of sources whose ledes date their events days apart ("shot dead on Wednesday" in an article of
    September 4, "survived an ambush on Wednesday" in one of September 18): two occasions of one kind, whatever
    their other sentences say alike; a day apart ("on Friday evening" vs "on Thursday evening") may be one event
    misdated, and stays for the claims to decide."""
    lede: dict[str, tuple[Value, Claim]] = {}
    for c in claims:
        when = event_date(c) if c.sentence < LEDE_SENTENCES and c.source not in lede else None
        if when is not None and when.year_known and when.earliest is not None and when.latest is not None \
                and (when.latest - when.earliest).days < 1 and not said_on(c, when):
            lede[c.source] = (when, c)
    sources = sorted(lede)
    # of one kind of event that happens on one day ("killed" and "died"; a match), or placed apart: a follow-up's lede dates a
    # later step ("bodies were recovered on Thursday" after "the landslide hit the bus on Monday") or a later day of
    # something that goes on ("the strike dragged on on Saturday"), which is no other occasion
    return {frozenset({x, y}) for i, x in enumerate(sources) for y in sources[i + 1:]
            if abs((lede[x][0].earliest - lede[y][0].earliest).days) >= LEDES_APART_DAYS
            and ((_one_kind(lede[x][1], lede[y][1]) and lede[x][1].predicate in ONE_OFF_EVENTS | {"sports"})
                 or _places_apart(lede[x][1], lede[y][1], src))}


def _ledes_placed_apart(claims: list[Claim], src: dict[str, Source], resolution: Resolution) -> set[frozenset[str]]:
    """Pairs of sources whose ledes place one kind of event in two places ("an explosion at a chemicals plant in
    Rotterdam", "an explosion at a polymers factory in Mumbai") and whose articles name no person in common: two
    events of one day more likely than one misplaced, whatever their other sentences say alike ("The blast ripped
    through the plant shortly after 9 a.m., killing 14 workers" vs "... killing 9 workers"). The places must be
    known apart: two names the gazetteer does not know may be a city and its district."""
    lede: dict[str, Claim] = {}
    people: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        people[c.source] |= resolution.of_claim(c, ("person",), in_roles=False)
        if c.sentence < LEDE_SENTENCES and c.source not in lede and c.predicate not in {None, "statement"} \
                and event_places(c, src[c.source].text):
            lede[c.source] = c
    sources = sorted(lede)
    return {frozenset({x, y}) for i, x in enumerate(sources) for y in sources[i + 1:]
            if not people[x] & people[y] and _one_kind(lede[x], lede[y]) and _placed_apart(lede[x], lede[y], src)}


def _narrowest(places: list[Value], text: str) -> list[Value]:
    """A claim's places without the country or region that holds another of them ("at the port of Thessaloniki in
    northern Greece" is Thessaloniki): Greece, named by an article on Piraeus too, is no place the two share; nor is a
    province the text names beside a town it calls one ("in the town of Casiguran in Aurora province")."""
    towns = [v for v in places if _level_group(_place_level(None, v, text)) == "settlement"]
    return [v for v in places if (lx.place_kind(v.norm) not in {"country", "region"}
                                  or not any(w is not v and lx.place_kind(w.norm) == "city" and place_relation(w.norm, v.norm) == COMPATIBLE
                                             for w in places))
            and not (towns and v not in towns and _level_group(_place_level(None, v, text)) == "area")]


def _where(c: Claim, src: dict[str, Source]) -> list[Value]:
    """The claim's event places, narrowest first kept (`_narrowest`)."""
    text = src[c.source].text
    return _narrowest(event_places(c, text), text)


def _areas(c: Claim, src: dict[str, Source]) -> set[str]:
    """The provinces, counties and regions the claim places its event in ("in Aurora province"), folded."""
    text = src[c.source].text
    return {lx.fold(v.norm) for v in event_places(c, text) if _level_group(_place_level(c, v, text)) == "area"}


def _level_group(level: str | None) -> str | None:
    """A town and a city are places of one kind (two of them are two places); a province and a county hold them."""
    return "settlement" if level in _SETTLEMENTS else "area" if level in _AREAS else level


_SETTLEMENTS = {"town", "city", "capital", "village", "hamlet", "suburb"}
_PARTS_OF_TOWNS = {"village", "hamlet", "suburb"}  # may lie in a town of the same province
_AREAS = {"province", "county", "prefecture", "governorate", "region", "state"}


def _placed_apart(a: Claim, b: Claim, src: dict[str, Source]) -> bool:
    """The two claims place their events in places known to be apart, and nowhere alike."""
    pa, pb = _where(a, src), _where(b, src)
    relations = {_places_related(a, x, b, y, src) for x in pa for y in pb}
    return DIFFERENT in relations and not relations & {SAME, COMPATIBLE}


def _places_apart(a: Claim, b: Claim, src: dict[str, Source]) -> bool:
    """The two claims place their events apart and nowhere alike, leaving aside a place both name ("shot dead in
    Tagum City, Davao", "survived an ambush in Panabo City, Davao")."""
    pa, pb = _where(a, src), _where(b, src)
    both = {lx.fold(x.norm) for x in pa} & {lx.fold(y.norm) for y in pb}
    # two names the gazetteer does not know are two places too, the dates being days apart already
    relations = {DIFFERENT if (r := place_relation(x.norm, y.norm)) == UNKNOWN and not _one_name(x.norm, y.norm) else r
                 for x in pa for y in pb if lx.fold(x.norm) not in both and lx.fold(y.norm) not in both}
    return DIFFERENT in relations and not relations & {SAME, COMPATIBLE}


_LEVELS = r"village|town|city|district|province|county|suburb|municipality|commune|hamlet|borough|prefecture|governorate"
_LEVEL_BEFORE = re.compile(rf"\b(?P<level>{_LEVELS})\s+of\s+(?:the\s+)?$", re.I)
_LEVEL_AFTER = re.compile(rf"\s+(?P<level>{_LEVELS})\b|,\s+(?:the|a|an)\s+(?:[a-z]+\s+)?(?P<level2>capital|town|city|village)\s+"
                          rf"(?:of|in|on|near)\b", re.I)  # "Baler, the capital of Aurora province"


def _place_level(c: Claim, v: Value, text: str) -> str | None:
    """The kind of place the text calls a name ("the village of Ahmetbeyli", "Pluak Daeng district"), if it does."""
    before = _LEVEL_BEFORE.search(text[max(0, v.start - 30):v.start])
    after = _LEVEL_AFTER.match(text, v.end)
    found = before or after
    return found[found.lastgroup].lower() if found else None


def _places_related(a: Claim, x: Value, b: Claim, y: Value, src: dict[str, Source]) -> str:
    """`place_relation`, and two names the gazetteer does not know that the texts call places of one kind
    ("the village of Ahmetbeyli", "the village of Oglananasi"; two districts): two places, as two streets are;
    a district and a province may hold one another."""
    relation = place_relation(x.norm, y.norm)
    if relation == UNKNOWN and not _one_name(x.norm, y.norm) and not _spelled_alike(x.norm, y.norm):
        level_a, level_b = _place_level(a, x, src[a.source].text), _place_level(b, y, src[b.source].text)
        if level_a is not None and _level_group(level_a) == _level_group(level_b):
            if (level_a in _PARTS_OF_TOWNS) != (level_b in _PARTS_OF_TOWNS) and _areas(a, src) & _areas(b, src):
                return UNKNOWN  # "the village of Esteves in Aurora province", "the town of Casiguran in Aurora province"
            return DIFFERENT  # "the town of Casiguran", "Baler, the capital of Aurora province": two towns
    return relation


_TODAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)
EARLY_HOURS = 10  # an article out before this hour may carry a wire story written the day before, elsewhere


def _wire_day(c: Claim, d: Value | None, other: Value | None, src: dict[str, Source]) -> bool:
    """The claim's "today" read against a publication time early in the morning, and the other date the day before:
    a wire story republished across time zones keeps its "today" (the Troy shooting "at about 10am today" in an
    article of April 10, 07:07, against "10 a.m. Monday", April 9)."""
    published = src[c.source].published
    if d is None or other is None or d.earliest is None or other.earliest is None or published is None:
        return False
    early = (published.hour, published.minute) != (0, 0) and published.hour < EARLY_HOURS
    return early and bool(_TODAY.search(d.text)) and (d.earliest - other.earliest).days == 1


def _spelled_alike(x: str, y: str) -> bool:
    """One place transliterated two ways ("al-Mughayyir", "Al Mughayir"; "Kafr Nabl", "Kfar Nabel")."""
    def bare(name: str) -> str:
        return re.sub(r"^(?:al|el|ad|ar|as|an)(?=[a-z]{3})", "", re.sub(r"[^a-z]", "", lx.fold(name)))
    return JaroWinkler.similarity(bare(x), bare(y)) >= SPELLED_ALIKE or _skeleton(x) == _skeleton(y)


SPELLED_ALIKE = 0.85  # Jaro-Winkler of two spellings of one name (the brief's ~0.9 for people; places vary more)


def _one_name(x: str, y: str) -> bool:
    fx, fy = lx.fold(x), lx.fold(y)
    return fx in fy or fy in fx


def _one_kind(a: Claim, b: Claim) -> bool:
    """One kind of event, not a statement: the same predicate or the same verb."""
    if "statement" in {a.predicate, b.predicate}:
        return False  # "Police said 11 were taken to hospital", "Eight remained in hospital, doctors said"
    same_predicate = a.predicate is not None and a.predicate == b.predicate
    return same_predicate or (a.frame is not None and b.frame is not None and bool(a.frame.lemma)
                              and a.frame.lemma == b.frame.lemma)


def _ledes_of_one_event(claims: list[Claim], checked: list[_Checked], src: dict[str, Source], resolution: Resolution,
                        established: float) -> set[frozenset[str]]:
    """Pairs of sources whose ledes tell one event: a claim of each article's first sentences, established as one
    event and anchored to it (`_anchored`), with no conflict and dates not apart. Their other claims of one kind of
    event then need no name in common to be one event's ("The bill passed 17-13" and "Senators approved the measure
    18-12", in two articles on one vote of the Oregon Senate)."""
    out = set()
    for check in checked:
        p = check.pair
        a, b = claims[p.a], claims[p.b]
        if a.sentence < LEDE_SENTENCES and b.sentence < LEDE_SENTENCES and p.score >= established \
                and not check.conflicts and not check.two_doers and check.dates != DIFFERENT \
                and _anchored(a, b, p, src, resolution):
            out.add(frozenset({a.source, b.source}))
    return out


_MORE_AFTER = re.compile(r"\s+(?:more|additional)\b(?!\s+than)", re.I)  # not "three other rifles": another subset
_MORE_BEFORE = re.compile(r"\ba\s+further\s+$", re.I)  # not "another 340,000 retirees will get": a group beside


def _increment(c: Claim, v: Value) -> bool:
    """A figure that adds to one told before ("found four more bodies", "a further 300 homes", "3,000 additional
    nurses"), not a total: compared only with another increment. Not a span of time ("two more years": how long,
    whatever it adds to)."""
    rel = v.start - c.start
    if quantity_unit(c, v) in _SPANS_OF_TIME:
        return False
    return bool(_MORE_AFTER.match(c.text, rel + len(v.text)) or _MORE_BEFORE.search(c.text[max(0, rel - 16):rel]))


_OTHERS_AFTER = re.compile(r"\s+(?:others|new)\b", re.I)
_ANOTHER_BEFORE = re.compile(r"\banother\s+$", re.I)


def _added_alike(a: Claim, x: Value, b: Claim, y: Value) -> bool:
    """Both figures are totals, or both add to one: "damaged 200 more" and "250 others", "a further 12 bodies" and
    "another 15 bodies", "40 additional cases" and "55 new cases" tell one addition two ways ("another", "others" and
    "new" alone may be a group beside: "another 340,000 retirees" against "430,000 retirees" is one figure); an
    increment against a total is no figure said two ways."""
    ix, iy = _increment(a, x), _increment(b, y)
    if ix == iy:
        return True
    c, v = (b, y) if ix else (a, x)
    rel = v.start - c.start
    return bool(_OTHERS_AFTER.match(c.text, rel + len(v.text)) or _ANOTHER_BEFORE.search(c.text[max(0, rel - 10):rel]))


_OTHER_AFTER = re.compile(r"\s+other\b", re.I)


def _remainder(c: Claim, v: Value) -> bool:
    """The figure counts what a list leaves after an item it named first ("seven AK-47s, three other automatic
    rifles", "two Britons and four other tourists"): a part of the things counted, not their total."""
    rel = v.start - c.start
    return bool(_OTHER_AFTER.match(c.text, rel + len(v.text))) \
        and _listed_before(c, v) is not None


def _listed_before(c: Claim, v: Value) -> Value | None:
    """The figure just before `v` in the claim."""
    before = [w for w in figures(c) if w.end <= v.start]
    return max(before, key=lambda w: w.start) if before else None


def _with_the_listed(c: Claim, v: Value) -> Value | None:
    """A list's remainder with the item named before it, as one figure ("seven AK-47s, three other assault rifles":
    ten assault rifles; "seven AK-47 rifles, two other rifles": nine), the words from the one to the other its text;
    None when the item before is not plainly of the kind ("13 magazines and three other rifles", "Smith, 45, and two
    other men") or the two bounds pull apart ("at least seven ..., up to three other ...")."""
    first = _listed_before(c, v)
    unit_first, unit = quantity_unit(c, first) or "", quantity_unit(c, v) or ""
    first_words = c.text[first.end - c.start:v.start - c.start]
    named = re.search(r"[A-Z]|\d", first_words.split(",")[0].split(" and ")[0])  # a model or a people: "AK-47s", "Britons"
    if _is_age(unit_first) or not (unit_first.split()[-1:] == unit.split()[-1:] or named):
        return None
    bounds = {first.bound, v.bound} - {None, "exact"}
    if {"at_least", "at_most"} <= bounds:
        return None
    return replace(v, number=first.number + v.number, start=first.start,
                   text=c.text[first.start - c.start:v.end - c.start],
                   bound=next((b for b in ("at_least", "at_most", "about") if b in bounds), v.bound))


NEWS_DAYS = 2  # an event this many days before its article is the article's news


def _each_its_own_news(a: Claim, b: Claim, src: dict[str, Source]) -> bool:
    """Two articles published days apart, each dating its event by a weekday or "yesterday" to the days just before
    its own publication: each reports its own recent news, two occasions of one kind more likely than one misdated."""
    days = []
    for c in (a, b):
        d, published = event_date(c), src[c.source].published
        if d is None or d.earliest is None or published is None or any(ch.isdigit() for ch in d.text):
            return False
        days.append((published.date() - d.earliest).days)
        if not 0 <= days[-1] <= NEWS_DAYS:
            return False
    pa, pb = src[a.source].published, src[b.source].published
    return abs((pa.date() - pb.date()).days) >= LEDES_APART_DAYS


def _dated_alike(a: Claim, b: Claim) -> bool:
    return date_relation(event_date(a), event_date(b)) == SAME


def _closest(claims: list[Claim], pairs: list[Pair]) -> dict[tuple[int, str], int]:
    """For each claim, the claim of each other source most likely to report its event: one figure said two
    ways is a contradiction only between counterparts, not between any two claims of a story full of figures."""
    options: dict[tuple[int, str], list[tuple[float, float, int]]] = defaultdict(list)
    for p in pairs:
        for x, y in ((p.a, p.b), (p.b, p.a)):
            options[(x, claims[y].source)].append((p.score, p.meaning, y))
    likely, established = thresholds()
    out = {}
    for key, found in options.items():
        top = max(score for score, _, _ in found)
        # claims about equally likely of the event (two articles on one story: nearly all of it): the one closest in
        # meaning ("finished 1,842 votes ahead" is "put the winning margin at 842 votes", not "conceded on Sunday");
        # never one across a bar the likeliest clears (a likely claim for an established one, one aligned only by
        # its dates for a likely one)
        floor = max([top - CLOSEST_MARGIN, *(bar for bar in (likely, established) if top >= bar)])
        out[key] = -max((meaning, score, -y) for score, meaning, y in found if score >= floor)[2]
    return out


def _outlet(source: Source) -> str:
    return source.outlet or source.id


def _finding(kind: str, aspect: str, confidence: float, summary: str, sides: list[tuple[Claim, str | None]]) -> Finding:
    evidence = tuple(Evidence(c.source, c.text, c.start, c.end, value, c.id) for c, value in sides)
    return Finding(kind, aspect, round(max(0.0, min(1.0, confidence)), 3), summary, evidence)


def _date_text(v: Value | None) -> str:
    """A date as a reader should see it: ISO, and honest about a missing year."""
    if v is None:
        return "unknown"
    if not v.year_known and v.earliest is None and v.month:
        month = calendar.month_name[v.month]
        return f"{month} {v.day}, year not stated" if v.day else f"{month}, year not stated"
    return v.norm or v.text


@dataclass(frozen=True, slots=True)
class _Checked:
    """One aligned pair compared: its conflicts, the figures it states alike,
    how its dates relate, and whether two named doers make it two actions."""

    pair: Pair
    conflicts: list[_Conflict]
    equal: list[tuple[Value, Value]]
    dates: str
    two_doers: bool


def _conflicts(a: Claim, b: Claim, p: Pair, src: dict[str, Source], resolution: Resolution) -> _Checked:
    """What two claims of one event disagree on, argument by argument, each
    with how certain the values are incompatible."""
    out: list[_Conflict] = []
    da, db = event_date(a), event_date(b)
    relation = date_relation(da, db)
    same_day = relation == SAME and da is not None and db is not None and da.granularity == db.granularity == "day"
    event = _event_name(a, b, resolution)
    # what will happen vs what is ("will step down" vs "has not stepped down"): no polarity conflict,
    # and values that differ (a planned date vs another date) are for a person to judge, never an agreement
    tentative = _future(a) != _future(b)
    equal, differing = matched_quantities(a, b, owner=lambda c, v: _player_of(c, v, resolution))
    # two steps of one legal case ("arrested on Friday", "charged on Monday"): two events, each with its own day and
    # place, and no fact two outlets agree on; a figure may still be one ("imprisoned for 20 years" vs "convicted
    # and given 25 years"): for a person to judge; and a person's age is the person's, whatever the step
    steps = _two_steps(a, b)
    # a figure that adds to a count against the count itself ("arrested 12 more on Sunday" vs "40 since Friday"):
    # two steps of a running count, each with its own day
    steps = steps or any(not _added_alike(a, x, b, y) for x, y in differing)
    # dates: one event cannot happen on two dates (a month and a day in it are compatible)
    # one claim's date is among the dates the other gives two things ("the fire broke out on Sunday" vs "residents
    # reported a gas smell on Saturday, and the fire broke out on Sunday"): which date is whose is unsure, no conflict
    # (not the day of a saying: "said on Sunday that the ferry sank on Saturday" vs "sank on Sunday"); when each
    # claim has one date left over, those two are what may differ ("retired on Friday after losing the primary on
    # Tuesday" vs "lost the primary on Wednesday and retired on Friday")
    told_a, told_b = _dates_told(a), _dates_told(b)
    # (unless both claims date one verb's event: "arrested on Friday, three days after the shooting on Tuesday" vs
    # "arrested on Tuesday" is how one outlet mixes up two steps' days)
    # (a verb of saying is no event verb: "gauges installed in 2014 gave residents 40 minutes of warning, officials
    # said" vs "Szymanski said the gauges, installed in 2014, gave officials hours to prepare on Wednesday")
    one_verb_dated = a.frame is not None and b.frame is not None and bool(a.frame.lemma) and a.frame.lemma == b.frame.lemma \
        and "statement" not in {a.predicate, b.predicate}
    if relation == DIFFERENT and not one_verb_dated and (any(date_relation(da, y) in {SAME, COMPATIBLE} for y in told_b)
                                                         or any(date_relation(x, db) in {SAME, COMPATIBLE} for x in told_a)):
        left_a, left_b = _unmatched(told_a, told_b), _unmatched(told_b, told_a)
        if len(left_a) == len(left_b) == 1 and date_relation(left_a[0], left_b[0]) == DIFFERENT:
            da, db = left_a[0], left_b[0]
        else:
            relation = UNKNOWN
    if relation == DIFFERENT and (_reported_when_said(a, da, b) or _reported_when_said(b, db, a)):
        relation = UNKNOWN  # "reported a fourth-quarter profit ... on Thursday" vs "earned 15.8 billion pesos in 2025,
        # the chain said on Thursday": two days of one report, and the other's date is of what was reported
    periods_a, periods_b = _accounts_for(a), _accounts_for(b)
    two_periods = bool(periods_a and periods_b and not periods_a & periods_b)  # a quarter's figures and a year's
    if relation == DIFFERENT and two_periods:
        relation = UNKNOWN  # "grew 0.3 percent in the fourth quarter, ... said on Thursday" vs "grew 1.1 percent in 2025"
    if relation == DIFFERENT and (_since(a, da) or _since(b, db)):
        relation = UNKNOWN  # "has scorched 1,962 acres since igniting on Monday" vs "had burned 2,000 acres by Wednesday"
    if relation == DIFFERENT and not steps and not _around_midnight(a, b, da, db):
        both_known = bool(da and db and _year_sure(da, src[a.source]) and _year_sure(db, src[b.source])
                          and da.earliest and db.earliest)
        # two weekdays with no publication date: often the day of the report, not of the event
        # two days of the year of one kind of event ("turns 29 on April 11" is no date of "a July 29 deal")
        one_kind_of_event = (a.predicate is not None and a.predicate == b.predicate) or p.meaning >= PARAPHRASE_MEANING \
            or (a.frame is not None and b.frame is not None and bool(a.frame.lemma) and a.frame.lemma == b.frame.lemma)
        alike = both_known or (da and db and not da.year_known and not db.year_known and weekday_of(da) is None
                               and one_kind_of_event) \
            or (_own_date(a, da) and _own_date(b, db) and a.frame.lemma == b.frame.lemma
                and (bool(resolution.of_claim(a, in_roles=False) & resolution.of_claim(b, in_roles=False))
                     or _a_place_in_common(a, b) or _a_precise_figure_alike(equal)
                     or _one_death(a, b)))
        # ("Carver was arrested Tuesday" vs "Carver was arrested on Monday": one arrest of one named person;
        # "arrested Tuesday night at an Atlanta tire shop" vs "arrested in Atlanta on Monday night")
        certainty = 1.0 if both_known else 0.9 if alike else 0.6
        if lx.fold(da.text) == lx.fold(db.text) and not any(ch.isdigit() for ch in da.text):
            certainty = min(certainty, 0.6)  # "last Thursday" in both, read against two publication dates
        if _wire_day(a, da, db, src) or _wire_day(b, db, da, src):
            certainty = min(certainty, 0.6)  # "at about 10am today" in an article out at 07:07: the wire's day before?
        if not (_attached(a, da) and _attached(b, db)):
            certainty = min(certainty, 0.6)  # a date the parse gives to another clause ("fired last week"), not this event
        told = a.predicate == b.predicate == "statement" and not (said_on(a, da) or said_on(b, db))
        out.append(_Conflict("date", certainty, (_date_text(da), _date_text(db)),
                             ("Date of what was said" + ("" if event == "the statement" else f" in {event}")) if told
                             else f"Date of {event}"))
    # times of day: one moment cannot be at two times beyond what the wording allows ("at 7:01 p.m." vs
    # "at 7:30 p.m."; "shortly after 2 a.m." vs "just after 2:30 a.m.").
    # Only on one day both claims give, and for one verb that is not a statement: a story's times are mostly
    # of its steps (the gunman entered at 4 p.m., gave himself up just after 6 p.m.; a fire reported at 3:33 a.m.
    # was knocked down by 6:40 a.m.), and "Fanning said" is no verb of either
    one_verb = a.frame is not None and b.frame is not None and bool(a.frame.lemma) and a.frame.lemma == b.frame.lemma \
        and "statement" not in {a.predicate, b.predicate}
    dated_alike = one_verb and da is not None and db is not None and relation in {SAME, COMPATIBLE}
    ta, tb = (clock_time(a), clock_time(b)) if dated_alike else (None, None)
    if ta and tb and not steps and clock_times_apart(ta, tb) and not _one_of_several(a, b):
        out.append(_Conflict("date", 0.9, (ta.text, tb.text), f"Time of {event}"))
    # places: two places for one event, unless one contains the other
    pa, pb = _where(a, src), _where(b, src)
    relations = {_places_related(a, x, b, y, src) for x in pa for y in pb}
    if DIFFERENT in relations and not relations & {SAME, COMPATIBLE} and not steps:
        values = (", ".join(sorted({x.norm for x in pa})), ", ".join(sorted({y.norm for y in pb})))
        out.append(_Conflict("place", 1.0 if same_day else 0.7, values, f"Place of {event}"))
    # quantities: one quantity stated twice, beyond rounding and bounds
    other_scope = _other_scope(a, b, resolution)
    # figures of one event: the same kind of event, or nearly the same words; two figures of different
    # kinds of event ("33 homers last season", "13 home runs in 54 games") may be two occasions
    one_kind = a.predicate is not None and a.predicate == b.predicate
    # two named doers ("the Orioles offered a seven-year deal", "the Angels offered an eight-year contract";
    # one team's goals and the other's): the figures are of two actions, not one figure said two ways
    two_doers = _two_doers(a, b, resolution)
    # two named people arrested, killed or appointed ("Jackson was arrested early Tuesday", "Jamal Williams was
    # arrested early Sunday"): two events, whatever else the claims share; only who it was can conflict
    two_people = _two_patients(a, b, resolution)
    # two posts one person cannot hold at once ("the finance minister resigned on Tuesday", "the health minister
    # resigned on Tuesday"), each claim's own, with nobody named in both: two people, two events; nothing to compare
    two_posts = _two_posts(a, b, resolution)
    two_people = two_people or two_posts
    if two_doers or two_people:
        differing = []
    # one time said alike of two runners ("Bekele finished third in 2:05:10" vs "Lemma was third in 2:05:10"): two facts
    two_doers = two_doers or any(quantity_unit(a, x) == ELAPSED and _runners(a, x) and _runners(b, y)
                                 and not _runners(a, x) & _runners(b, y) for x, y in equal)
    # a claim that says its event recurs ("in the fifth anti-piracy operation since September"): another count
    # may be of another of them, unless both claims date it alike
    recurring = (bool(_RECURS.search(a.text)) or bool(_RECURS.search(b.text))) and relation not in {SAME, COMPATIBLE}
    for x, y in differing:
        taken = _taken(a, _listed_before(a, x) if _remainder(a, x) else x) != \
            _taken(b, _listed_before(b, y) if _remainder(b, y) else y)
        rx, ry = _remainder(a, x), _remainder(b, y)
        if rx != ry:  # "seven AK-47s, three other assault rifles" against "Nine assault rifles": the list's total
            x, y = (_with_the_listed(a, x) if rx else x), (_with_the_listed(b, y) if ry else y)
            if x is None or y is None:
                continue  # the remainder of a list whose first item is of another kind: no total to compare
        if quantities_conflict(x, y, a, b) and _added_alike(a, x, b, y):  # "four more bodies" adds to a toll
            ux, uy = quantity_unit(a, x), quantity_unit(b, y)
            runner = _timed(a, x) if ELAPSED in (ux, uy) else None
            if ELAPSED in (ux, uy) and (runner is None or runner != _timed(b, y)
                                        or max(x.number, y.number) > 1.25 * min(x.number, y.number)):
                continue  # a time of whom, and of what? "Alemu won in 2:24:10" and "Kiptoo was second in 2:24:48" are two
                # runners; "passed halfway in 1:10:02" and "won in 2:19:55" two distances
            if two_periods:
                continue  # "a fourth-quarter net profit of 4.1 billion pesos" vs "earned 15.8 billion pesos in 2025"
            if _someone_elses(a, x, b) or _someone_elses(b, y, a):
                continue  # "dwarfing the four-year, $90 million deal that Torii Hunter got": Hunter's deal, not this one
            if ux in RUNNING_COUNTS and _victims_apart(x, y):
                continue  # "killed 5 villagers" and "killed 12 soldiers" on one day in one province: two tolls
            player, player_b = _player_of(a, x, resolution), _player_of(b, y, resolution)
            one_owner = player is not None and player == player_b  # "Carter scored 14", "Carter added 12"
            values_certainty = min(number_certainty(a, x, b, y, close=p.meaning >= CLOSE_MEANING, one_owner=one_owner),
                                   0.7 if other_scope or recurring else 1.0)
            # the age of one named person is the person's, not the event's: of one event, whatever its kind
            aged = _aged_person(a, x, resolution)
            one_age = aged is not None and aged == _aged_person(b, y, resolution)
            if one_age and _aged_between(x, y, src[a.source], src[b.source]) \
                    and not _victim(a, b, split_name(resolution.name_of(aged))[1]):
                continue  # "Orozco, 27," in 2005 and "Orozco, 29," in 2007: one man, two years older
            if steps and not one_age:
                values_certainty = min(values_certainty, 0.7)
            if ux == uy == "magni" and (not same_day and p.meaning < PARAPHRASE_MEANING or _AFTERSHOCK.search(a.text + " " + b.text)):
                values_certainty = min(values_certainty, 0.7)  # agencies differ on one quake, and a region has many:
                # two magnitudes are one quake's only on one day, or in one sentence told twice ("5.6" on Qeshm on
                # Sunday, "5.9" on Qeshm, undated and in other words)
            if _is_age(ux) and not one_age:
                values_certainty = min(values_certainty, 0.7)  # "a 32-year-old British climber", "a 36-year-old climber": two men?
            if ux in _SPANS_OF_TIME - {"time"} and ux == uy and _offset(a, x) != _offset(b, y):
                values_certainty = min(values_certainty, 0.7)  # "arrested 12 days after the shooting" dates a step; "jailed for 30 days" lasts
            if taken:
                values_certainty = min(values_certainty, 0.7)  # "captured three boats" of "a five-boat attack": some
                # of what there was may be all that was taken; which count is of which, a person judges
            if (_players_figure(a, x) or _players_figure(b, y)) and not (player and player_b):
                values_certainty = min(values_certainty, 0.7)  # "He finished with 269 yards", "he ran for 105 yards": who?
            # one toll of one one-off event, whatever verb each tells it with ("plunged into a ravine ..., killing 17
            # people" vs "Twenty-one people died when a ... bus came off the road")
            one_toll = ux == uy and ux in RUNNING_COUNTS and {a.predicate, b.predicate} <= ONE_OFF_EVENTS
            certainty = min(values_certainty, 1.0 if one_kind or one_age or one_toll or p.meaning >= PARAPHRASE_MEANING else 0.7)
            what = f"Age of {resolution.name_of(aged)}" if one_age \
                else _age_of(ux, event) if _is_age(ux) and ux == uy \
                else f"Time taken in {event}" if ux == uy == ELAPSED \
                else f"Magnitude of {event}" if ux == uy == "magni" \
                else f"Temperature in {event}" if two_scales(x, y) \
                else f"Number of {x.unit or y.unit or ux or uy or 'units'} of {resolution.name_of(player)}" if one_owner \
                and not (_is_age(ux) or _is_age(uy)) \
                else f"Number of {x.unit or y.unit or ux or uy or 'units'} in {event}"
            out.append(_Conflict("number", certainty, (_number_text(x, ux), _number_text(y, uy)), what,
                                 values_certainty >= 1.0, ux or uy, (x.number, y.number), one_age))
    # one sum in two currencies ("DKK 8.5bn" vs "8.5 billion Swedish crowns"): the same figure cannot be both; the
    # one money figure of each claim, or a converted sum would pair with the other's ("NOK 14.2bn ($1.3bn)")
    money_a, money_b = _money(a), _money(b)
    two_payers = False
    if len(money_a) == len(money_b) == 1 and not two_doers:
        (x, ux, kx), (y, uy, ky) = money_a[0], money_b[0]
        # a bare "$" or "crowns" may be the outlet's own ("$4.2 billion" in Sydney is A$4.2 billion): two nouns, or
        # two countries named
        two = kx.split()[-1] != ky.split()[-1] or (len(kx.split()) > 1 and len(ky.split()) > 1)
        # two donors named ("Japan pledged $500 million", "The European Union pledged €500 million"): two sums;
        # "¥" is the yen's sign and the yuan's
        yen_sign = {kx, ky} == {"yen", "yuan"} and "¥" in a.text + b.text
        other_sides = _other_sides_named(a, b, resolution, currencies=False)
        two_payers = x.number == y.number and kx != ky and two and other_sides  # two sums, never one fact agreed on
        if x.number == y.number and kx != ky and two and x.number >= 1000 and not yen_sign and not other_sides:
            out.append(_Conflict("number", 1.0 if one_kind or p.meaning >= PARAPHRASE_MEANING else 0.7,
                                 (_number_text(x, ux), _number_text(y, uy)), f"Currency of the sum in {event}"))
    # one peak told two ways ("winds of up to 149 km/h" vs "up to 180 km/h"): each bound allows the other's
    # figure, but one maximum cannot be both; for a person to judge (a forecast may have been revised)
    for x, y in differing:
        unit = quantity_unit(a, x)
        if unit and unit == quantity_unit(b, y) and _peak(a, x) and _peak(b, y) and not quantities_conflict(x, y, a, b) \
                and abs(comparable_number(x, y) - comparable_number(y, x)) > 0.1 * max(x.number, y.number):
            out.append(_Conflict("number", 0.7, (_number_text(x, unit), _number_text(y, unit)), f"Maximum in {event}", unit=unit))
    # a score or a tally: one match ends one way, one vote one way ("a 31-24 victory" vs "a 27-24 win");
    # certain when both claims name the same two sides, else two matches or votes are as likely
    sa, sb = [m for m in match_scores(a) if m.final], [m for m in match_scores(b) if m.final]
    if len(sa) == 1 and len(sb) == 1 and sa[0].sides != sb[0].sides and not two_doers:
        named_a, named_b = _named_things(a, resolution), _named_things(b, resolution)
        # the two sides named alike, by the resolver or, for names it missed, by three capitalised words in common and
        # none apart ("Kaunas Vilkai beat Klaipėdos Banga 88-81" vs "Kaunas Vilkai won 88-79 ... against Klaipėdos Banga")
        words_alike = {w for w in _capitalised(a.text) & _capitalised(b.text) if w not in lx.WEEKDAYS and w not in lx.MONTHS}
        sides = len(named_a & named_b) >= 2 or (len(words_alike) >= 3 and not _other_sides_named(a, b, resolution))
        # each names a side the other does not ("over the Jaguars", "over the Chiefs"): two matches as likely; with
        # the sides unnamed ("the bill passed 17-13" vs "senators approved the measure 18-12"), one figure said two
        # ways all the same: a person judges, or, established as one event and each the other's closest, it stands
        other_sides = _other_sides_named(a, b, resolution)
        a_vote = _VOTE.search(a.text) and _VOTE.search(b.text)  # a match's score names no sides more often than a vote
        # the same two sides on one day are one match or vote, whatever else each names (a venue, a scorer, the
        # city: "Ajax beat PSV Eindhoven 3-1 at the Johan Cruyff Arena on Sunday" vs "gave Ajax a 2-1 victory
        # over PSV in Amsterdam on Sunday")
        certainty = 1.0 if sides and (not other_sides or same_day) \
            else 0.7 if a_vote and not other_sides else 0.6
        # one vote on one day, one side of its tally alike ("by 204 votes to 115" vs "184 members voting in favour and
        # 115 against"), in no two chambers named apart: one vote told two ways
        chambers_a, chambers_b = ({m.lower() for m in _CHAMBER.findall(c.text)} for c in (a, b))
        # (parliaments hold several votes a day: only of one measure, told in nearly the same words or named alike,
        # and neither an amendment or a "separate" measure the other does not mention)
        named_alike = {w for w in words_alike if w not in _CHAMBER_WORDS} - {lx.fold(v.norm) for v in a.of_kind("place")}
        one_measure = (p.meaning >= ANCHOR_MEANING or len(named_alike) >= 2) \
            and bool(_OTHER_MEASURE.search(a.text)) == bool(_OTHER_MEASURE.search(b.text))
        if a_vote and same_day and one_measure and set(sa[0].sides) & set(sb[0].sides) \
                and not (chambers_a and chambers_b and not chambers_a & chambers_b):
            certainty = max(certainty, CERTAIN)
        # a tally is its own kind of event: one vote or match ends one way ("passed 17-13" vs "approved it 18-12")
        out.append(_Conflict("number", certainty, (sa[0].text, sb[0].text), f"{_TALLY} of {event}", exact=certainty == 0.7))
    # one figure in the same place of a near paraphrase, counting things named two ways ("the list includes more
    # than 360 groups and individuals" vs "includes 125 names"): for a person to judge, never an agreement
    near_paraphrase = not two_doers and p.meaning >= PARAPHRASE_MEANING
    left_a = _unpaired_figures(a, equal, differing) if near_paraphrase else []
    left_b = _unpaired_figures(b, [(y, x) for x, y in equal], [(y, x) for x, y in differing]) if left_a else []
    if len(left_a) == len(left_b) == 1 \
            and _word_before(a, left_a[0]) and _word_before(a, left_a[0]) == _word_before(b, left_b[0]) \
            and quantities_conflict(left_a[0], left_b[0], a, b) and not _one_measure(left_a[0], left_b[0]):
        x, y = left_a[0], left_b[0]
        out.append(_Conflict("number", 0.6, (_number_text(x, quantity_unit(a, x)), _number_text(y, quantity_unit(b, y))),
                             f"Number in {event}"))
    # polarity: the same statement, once affirmed and once denied
    negated, other = (a, b) if a.negated else (b, a)
    # the very words denied, stated in the other, and not under a verb that denies them ("refused to recuse himself")
    implied_denial = _implied_denial(negated, other)
    denied = a.negated != b.negated and _denied_words_affirmed(negated, other) and not implied_denial
    speakers = _speaker_of(a, resolution), _speaker_of(b, resolution)
    # who says so: one speaker, or a named spokesman against the body he speaks for ("He was not
    # known to police, Dudek said" vs "Officers said he was known to police"); two named people, or "critics" against
    # a spokesman, saying opposite things make two statements, not one fact told two ways
    one_voice = speakers[0] == speakers[1] or any(
        _spokesman(x, c, resolution, src) and _official_body(y, resolution)
        for (x, c), y in (((speakers[0], a), speakers[1]), ((speakers[1], b), speakers[0])))
    # the very words denied, in claims established as one event, need less of the rest alike
    denied_close = denied and (p.meaning >= LIKELY_MEANING or (p.meaning >= DENIED_MEANING and p.score >= thresholds()[1]))
    if a.negated != b.negated and (p.meaning >= 0.8 or denied_close) and not implied_denial \
            and one_voice and a.frame is not None and b.frame is not None and not _two_things_said(a, b) \
            and ((a.frame.lemma and a.frame.lemma == b.frame.lemma)
                 or (a.predicate == b.predicate == "statement" and p.meaning >= PARAPHRASE_MEANING)
                 or (denied and p.meaning >= 0.8)) \
            and not (lx.NEGATION.search(a.text) and lx.NEGATION.search(b.text)) \
            and not _happened_since(other, src[negated.source]):  # one verb, once denied, once not
        # the same sentence but for the negation, or a refusal of the very verb the other affirms ("refused to
        # resign" vs "resigned"), not on two days ("refused to resign on Tuesday, March 4", "resigned on Friday")
        refused = _refuses(negated, other) and date_relation(event_date(a), event_date(b)) != DIFFERENT
        certainty = 1.0 if p.meaning >= 0.88 or denied or refused else 0.7
        if event_date(other) is None and _came_out_later(src[other.source], src[negated.source]):
            certainty = min(certainty, 0.6)  # "has not been charged" on June 10, "charged" in an article of June 14
        values = ("negative" if a.negated else "affirmative", "negative" if b.negated else "affirmative")
        out.append(_Conflict("polarity", certainty, values, "Whether it happened"))
    # polarity: a person who says she will not do it, the other that she did, on one day ("Zuzana Kovacova said on
    # Friday she would not resign" vs "Health Minister Zuzana Kováčová resigned on Friday, the prime minister's
    # office said"): the two voices differ, but the one refusing is the one the other says acted
    if not any(c.aspect == "polarity" for c in out) and a.negated != b.negated and not implied_denial \
            and a.frame is not None and b.frame is not None and a.frame.lemma and a.frame.lemma == b.frame.lemma \
            and a.predicate in lx.PERSON_EVENTS and same_day and p.meaning >= LIKELY_MEANING \
            and other.frame.modality == "actual" and speakers[0 if a.negated else 1] is not None \
            and speakers[0 if a.negated else 1] in _shared_people(a, b, resolution) and not _two_spheres(a, b):
        certainty = 0.6 if _came_out_later(src[other.source], src[negated.source]) else 0.9
        values = ("negative" if a.negated else "affirmative", "negative" if b.negated else "affirmative")
        out.append(_Conflict("polarity", certainty, values, "Whether it happened"))
    # polarity: a verb refused in one ("declined to apologise", "failed to appear"), done in the other ("apologised"),
    # by one voice on a day that may be one; the parse makes the refusal the verb, asserted ("she refused to be
    # photographed"), or another event of the clause ("failed to appear ... for the start of his fraud trial"), so the
    # claims are not told apart by their polarity
    if not any(c.aspect == "polarity" for c in out) and not a.negated and not b.negated \
            and (one_voice or (None in speakers and _refuser_named_in_both(a, b))) and relation != DIFFERENT \
            and p.meaning >= LIKELY_MEANING:
        for refusing, doing in ((a, b), (b, a)):
            if doing.frame is not None and doing.frame.lemma not in _REFUSING and not _NEGATIVE_IMPLICATIVE.search(doing.text) \
                    and doing.frame.modality == "actual" and not _CONDITIONAL.search(doing.text) \
                    and not _other_people(a, b, resolution) \
                    and (_refuses(refusing, doing) or _refused_yet_done(refusing, doing)) \
                    and not _happened_since(doing, src[refusing.source]):
                shown = {refusing.id: "refused", doing.id: "done"}
                # (one voice unnamed: "the company told the exchange" vs "Corvan Biosciences disclosed")
                out.append(_Conflict("polarity", 1.0 if one_voice else CERTAIN, (shown[a.id], shown[b.id]), "Whether it happened"))
                break
    # polarity: one suspect "released without charge" in one, "charged with murder" in the other; certain only of one
    # named person (a second suspect is often freed while another is charged) and unless charged in a later article
    if not any(c.aspect == "polarity" for c in out) and relation != DIFFERENT:
        for freed, charged in ((a, b), (b, a)):
            cleared = _WITHOUT_CHARGE.search(freed.text)
            if cleared and charged.frame is not None and charged.frame.lemma == "charge" and not charged.negated \
                    and charged.frame.modality not in {"hedged", "expected", "future"} and not _WITHOUT_CHARGE.search(charged.text) \
                    and not _two_offences(freed, charged) and not _two_suspects(freed, charged):
                certainty = 1.0 if _shared_people(a, b, resolution) else 0.6
                if _came_out_later(src[charged.source], src[freed.source]):
                    certainty = min(certainty, 0.6)  # released on Friday, charged in an article of Monday: a new step?
                shown = {freed.id: cleared[0], charged.id: charged.frame.trigger}
                out.append(_Conflict("polarity", certainty, (shown[a.id], shown[b.id]), "Whether the suspect was charged"))
                break
    # polarity: done with a thing in one, without it in the other ("the mine was operating with a valid licence" vs
    # "had been operating without a valid licence")
    with_without = _with_and_without(a, b) if a.negated == b.negated and p.meaning >= LIKELY_MEANING \
        and relation != DIFFERENT and not differing else None
    if with_without and not any(c.aspect == "polarity" for c in out):
        out.append(_Conflict("polarity", 1.0 if speakers[0] == speakers[1] or None in speakers else 0.7, with_without,
                             "Whether it was done with it"))
    # polarity: one outcome told with opposite verbs, by the same doer or none named ("approved the budget by 312 votes
    # to 250" vs "rejected the budget by 312 votes to 250"; not "Liverpool won" vs "Chelsea lost")
    if _opposite_verbs(a, b) and a.negated == b.negated and not two_doers and relation != DIFFERENT and _one_doer(a, b, resolution) \
            and _alike_but_the_verb(a, b):
        out.append(_Conflict("polarity", 1.0, (a.frame.trigger, b.frame.trigger), "What happened"))
    # polarity: one decision told both ways, each in its own words ("the regulator on Wednesday approved Solvantis" vs
    # "has turned down Kellner Pharma's application for Solvantis, the company said on Wednesday"), on one day
    decided = _decided_both_ways(a, b, equal) if same_day and a.negated == b.negated and relation != DIFFERENT else None
    if decided and not any(c.aspect == "polarity" for c in out):
        out.append(_Conflict("polarity", 1.0, decided, "The decision"))
    # polarity: one occasion called off in one, gone ahead in the other ("rail workers went ahead with a 24-hour strike"
    # vs "Rail unions called off Wednesday's planned 24-hour strike")
    called_off = _called_off_or_held(a, b)
    if called_off and not any(c.aspect == "polarity" for c in out) and a.negated == b.negated:
        # one day: the two claims' dates, or the day of the occasion called off ("called off Wednesday's planned
        # strike late on Tuesday" vs "went ahead with a strike on Wednesday")
        one_day = relation != DIFFERENT or any(date_relation(x, db) in {SAME, COMPATIBLE} for x in a.of_kind("date")) \
            or any(date_relation(da, y) in {SAME, COMPATIBLE} for y in b.of_kind("date"))
        out.append(_Conflict("polarity", 1.0 if one_day else 0.7, called_off, "Whether it went ahead"))
    # polarity: one defendant's verdict told both ways ("a jury on Wednesday found ... Mei Ling Tan guilty" vs "a jury
    # in Brisbane on Wednesday acquitted ... Mei Ling Tan"), whatever else the two sentences say
    verdicts = _verdict(a), _verdict(b)
    if None not in verdicts and verdicts[0] != verdicts[1] and a.negated == b.negated and relation != DIFFERENT \
            and not _two_offences_judged(a, b) and not any(c.aspect == "polarity" for c in out) \
            and _defendant(a) & _defendant(b):  # one defendant, named right after each verdict
        out.append(_Conflict("polarity", 1.0 if same_day else 0.7, verdicts, "The verdict"))
    # person: who did it (who scored, who won, who was arrested), by the frames' agent or patient
    # (not in meetings, agreements or statements, whose parties swap sides), on one day or with the other party alike
    if a.predicate is not None and a.predicate == b.predicate and a.predicate not in {"statement", "meeting", "agreement"}:
        for role, other in (("agent", "patient"), ("patient", "agent")):
            xa, xb = _person_of(a, role, resolution), _person_of(b, role, resolution)
            oa, ob = _person_of(a, other, resolution), _person_of(b, other, resolution)
            if xa and xb and xa[0] != xb[0] and not _one_surname(xa[1], xb[1]) and (same_day or (oa and ob and oa[0] == ob[0])):
                # one winner, one scorer of the only goal: two names contradict; two people arrested, killed or
                # scoring may both be true: for a person to judge
                certainty = 0.9 if _one_holder(a, b, role) else 0.7
                out.append(_Conflict("person", certainty, (xa[1], xb[1]), f"The {role} of {event}"))
    # person: who scored the one goal that decided a match ("Brennan headed an 89th-minute winner" vs "Sharpe headed
    # an 89th-minute winner"; "on a goal by Arriaga"): one goal has one scorer, however many others scored
    win_a, win_b = _winning_scorer(a, resolution), _winning_scorer(b, resolution)
    # (the two doers are the dispute itself; but each naming a club the other does not, "Napoli won 1-0 ... a late
    # winner from Lukaku" vs "Lazio won 1-0 ...", tells two matches)
    if win_a and win_b and win_a[0] != win_b[0] and not _one_surname(win_a[1], win_b[1]) \
            and not _other_clubs(a, win_a[1], b, win_b[1]):
        where = f" in {event}" if a.predicate == b.predicate == "sports" else ""  # not "in the attack" of "struck"
        out.append(_Conflict("person", 1.0, (win_a[1], win_b[1]), _WINNER + where))
    # person: one role held by two people at the same time
    for x in a.of_kind("role"):
        for y in b.of_kind("role"):
            owner = _owner_before(a, x)
            if x.norm and x.norm == y.norm and x.holder and y.holder and x.qualifier is None and y.qualifier is None \
                    and owner == _owner_before(b, y) \
                    and (owner or not any(len([r for r in c.of_kind("role") if r.norm == x.norm]) > 1 for c in (a, b))):
                # not "Acme's chief executive" against Bolt's, nor one claim's two finance ministers (of two countries)
                hx, hy = resolution.id_of(a.source, x.holder), resolution.id_of(b.source, y.holder)
                if hx and hy and hx != hy and same_day and not _one_surname(x.holder, y.holder):
                    out.append(_Conflict("person", 1.0, (x.holder, y.holder), f"Who was {x.norm}"))
    if two_people:
        out = [] if two_posts else [c for c in out if c.aspect == "person"]
    counts = [c for c in out if c.aspect == "number" and (c.certainty >= CERTAIN or c.exact)
              and not _is_age(c.unit)]  # a person's age is no count of the event
    if len({c.what for c in counts}) >= 2 and not equal:
        # several counts differ at once and none is alike ("14 homers, 40 RBIs in 50 games" vs "31 homers,
        # 115 RBIs in 150 games"): two occasions or two spans of time more likely than one event misreported
        out = [replace(c, certainty=min(c.certainty, 0.7), exact=False) if c in counts else c for c in out]
    dated = [c for c in out if c.aspect == "date"]
    if dated and dated[0].certainty < CERTAIN:
        # dates that differ, and may be of two occasions: the other values may be of the other occasion too
        out = [c if c.aspect == "date" else replace(c, certainty=min(c.certainty, dated[0].certainty)) for c in out]
    if tentative:
        # a planned date or place may move; a price or a count announced ("will cost $9.95") is still the figure,
        # unless one side only expects it
        forecast = "expected" in {a.frame.modality if a.frame else None, b.frame.modality if b.frame else None}
        out = [replace(c, certainty=min(c.certainty, 0.6)) if c.aspect != "number" or forecast else c
               for c in out if c.aspect != "polarity"]
    return _Checked(p, out, equal, relation, two_doers or two_people or steps or two_payers)


_DENIAL_STOP = {"the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "is", "was", "were", "be",
                "been", "being", "has", "have", "had", "do", "does", "did", "that", "this", "it", "its", "their", "his", "her",
                "any", "about", "yet", "ever", "so", "far"}


_REFUSING = {"refuse", "decline", "fail"}  # verbs that say the verb they govern was not done
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether|should)\b", re.I)  # "If Teixeira signs with the Red Sox": not done

_OFFENCE = re.compile(r"\b(?:charged\s+with|over|on\s+suspicion\s+of|in\s+connection\s+with|for)\s+((?:[\w'’-]+\s*){1,4})", re.I)
_AGE_SEX = re.compile(r"\b(\d{1,3})-year-old\b|\b(man|woman|boy|girl|men|women|he|she)\b", re.I)
_SEX = {"man": "m", "men": "m", "boy": "m", "he": "m", "woman": "f", "women": "f", "girl": "f", "she": "f"}


def _two_offences(freed: Claim, charged: Claim) -> bool:
    """Each claim names an offence and they share no word ("released without charge over the burglary" vs "charged
    with drink-driving"): one suspect's two cases, not one told two ways."""
    def words(c: Claim) -> set[str]:
        out = set()
        for m in _OFFENCE.finditer(c.text):
            for w in re.findall(r"[a-z]+", lx.fold(m[1])):
                if w in {"on", "in", "at", "after", "before", "following", "since", "last", "this", "and"}:
                    break  # "over the burglary on Monday": the offence ends where the time or place begins
                if w not in lx.FUNCTION_WORDS and w not in lx.WEEKDAYS and w not in lx.MONTHS \
                        and w not in {"charge", "charged", "questioning", "police", "bail"}:
                    out.add(w[:5])
        return out
    if _victims(freed) & _victims(charged):
        return False  # one victim named in both ("over the death of 23-year-old Callum Reid", "after the fatal stabbing
        # of Callum Reid ... charged with murder"): one case
    fa, fb = words(freed), words(charged)
    return bool(fa) and bool(fb) and not fa & fb


_VICTIM_OF = re.compile(r"\b(?:death|murder|killing|stabbing|shooting|assault|rape|kidnapping|abduction|disappearance)\s+of\s+"
                        r"(?:(?:the\s+)?\d{1,3}-year-old\s+)?((?:[A-Z][\w'’-]+\s?){1,3})")


def _victims(c: Claim) -> set[str]:
    """The names a claim gives as those an offence was done to ("the fatal stabbing of Callum Reid")."""
    return {lx.fold(m[1].strip()) for m in _VICTIM_OF.finditer(c.text)}


def _two_suspects(freed: Claim, charged: Claim) -> bool:
    """The two claims describe their suspects apart: two ages, or a man and a woman ("A 19-year-old woman was released
    without charge" vs "A 45-year-old man was charged")."""
    def described(c: Claim) -> tuple[set[str], set[str]]:
        found = _AGE_SEX.findall(c.text)
        return {age for age, _ in found if age}, {_SEX[sex.lower()] for _, sex in found if sex}
    (age_a, sex_a), (age_b, sex_b) = described(freed), described(charged)
    if _ANOTHER_SUSPECT.search(freed.text) or _ANOTHER_SUSPECT.search(charged.text):
        return True  # "Two men ... released without charge" vs "A third man has been charged"
    return bool(age_a and age_b and not age_a & age_b) or bool(sex_a and sex_b and not sex_a & sex_b)


_ANOTHER_SUSPECT = re.compile(r"\b(?:a\s+(?:second|third|fourth|fifth)|another)\s+(?:man|woman|men|women|suspect|person|teenager|boy|girl)\b|"
                              r"\b(?:two|three|four|five|several)\s+(?:men|women|suspects|people|teenagers)\b.{0,60}\breleased\b", re.I)


# (the one released may come between: "released a 29-year-old Salford man without charge")
_WITHOUT_CHARGE = re.compile(r"\b(?:released|freed|let\s+go|bailed)(?:\s+[\w'’,-]+){0,6}?\s+without\s+(?:being\s+)?charged?\b|"
                             r"\bwithout\s+being\s+charged\b|\bno\s+charges?\s+(?:were|was|have\s+been|has\s+been)\s+"
                             r"(?:filed|brought|laid|pressed)\b", re.I)
# a verb that says its complement did not happen: "refused to recuse himself" denies as "would not recuse himself" does
_NEGATIVE_IMPLICATIVE = re.compile(r"\b(?:refus\w*|declin\w*|fail\w*|unable|unwilling)"
                                   r"(?:\s+(?:on\s+\w+day|yesterday|today|again|publicly|formally|repeatedly|so\s+far))?"
                                   r"\s+to\s+(?!(?:close|settle|end|finish|trade|stand|open)\s+(?:at|up|down|higher|lower|flat)\b)"
                                   r"([a-z]+)", re.I)
# ("declined on Wednesday to approve"; not a price that "declined on Tuesday to close at $45.20")


_ONE_CURRENCY = {"krone": "crown", "kroner": "crown", "krona": "crown", "kronor": "crown", "ruble": "rouble"}


def _other_sides_named(a: Claim, b: Claim, resolution: Resolution, *, currencies: bool = True) -> bool:
    """Each claim names someone or something the other does not (by the resolver, or by capitals after the first
    word: names the tagger missed); with `currencies=False`, leaving aside currencies and the demonyms that name
    them ("Swedish crowns", "DKK")."""
    def currency(word: str) -> bool:
        return not currencies and (lx.fold(word) in lx.CURRENCY_CODES or bool(lx.demonym_country(word.capitalize())))

    def names(c: Claim) -> set[str]:
        words = {w for w in _capitalised(c.text.split(" ", 1)[-1]) if not currency(w)}
        return words | {e for e in _named_things(c, resolution) if not currency(resolution.name_of(e))}
    na, nb = names(a), names(b)
    return bool(na - nb) and bool(nb - na)


def _money(c: Claim) -> list[tuple[Value, str, str]]:
    """The claim's sums of money, each with its currency as written and as compared ("DKK 8.5bn": "danish crown");
    not percentages or cents."""
    out = []
    for v in figures(c):
        unit = quantity_unit(c, v)
        noun = unit.split()[-1].rstrip("s") if unit else ""
        if unit not in {"percent", "cents"} and noun in {n.rstrip("s") for n in lx.CURRENCY_NAMES}:
            noun = _ONE_CURRENCY.get(noun, noun)  # "kroner" and "crowns" are one noun said two ways
            out.append((v, unit, " ".join(unit.split()[:-1] + [noun])))
    return out


def _refuses(negated: Claim, other: Claim) -> bool:
    """The negated claim refuses the very verb the other affirms ("refused to resign" vs "resigned")."""
    lemma = other.frame.lemma if other.frame is not None else None
    return bool(lemma) and any(lx.fold(m[1])[:5] == lx.fold(lemma)[:5] for m in _NEGATIVE_IMPLICATIVE.finditer(negated.text))


def _refuser_named_in_both(a: Claim, b: Claim) -> bool:
    """The name just before a refusal is in the other claim too ("the Therapeutic Goods Administration had declined to
    approve Lumavir" vs "... that the Therapeutic Goods Administration had approved"): one refusing body, whoever tells
    it; not "The club's owner declined to comment" vs "the chairman commented"."""
    for x, y in ((a, b), (b, a)):
        for m in _NEGATIVE_IMPLICATIVE.finditer(x.text):
            names = _capitalised(x.text[max(0, m.start() - 50):m.start()])
            if names & _capitalised(y.text):
                return True
    return False


def _refused_yet_done(refusing: Claim, doing: Claim) -> bool:
    """The verb one claim refuses is in the other in the past tense, whatever event the parse made the clause's
    ("failed to appear at Oslo District Court for the start of his fraud trial" vs "appeared at ... his fraud
    trial": a trial both; "declined to comment" vs "commented"), not a noun of its stem ("in comments to reporters")."""
    done = re.findall(r"[a-z]+", lx.fold(doing.text))
    for m in _NEGATIVE_IMPLICATIVE.finditer(refusing.text):
        verb = lx.fold(m[1])
        stem = verb[:-1] if verb.endswith(("e", "y")) else verb  # "apologise" -> "apologised", "testify" -> "testified"
        if verb not in {"be", "have", "get", "do"} and any(w.startswith(stem) and w.endswith("ed") for w in done):
            return True
    return False


def _two_things_said(a: Claim, b: Claim) -> bool:
    """Two statements of one voice about two things: what each says has its own verb ("The first 9-1-1 call came at
    3:33 a.m., Owen said" vs "'You can't call it arson yet,' Owen said"), so the negation of one denies nothing the
    other says, however alike the attributions make the two sentences."""
    fa, fb = a.frame, b.frame
    return fa is not None and fb is not None and fa.type == fb.type == "statement" \
        and bool(fa.content_lemma) and bool(fb.content_lemma) and fa.content_lemma != fb.content_lemma


def _implied_denial(negated: Claim, other: Claim) -> bool:
    """The other claim denies the same verb by a verb of refusal ("would not recuse himself" vs "refused to recuse
    himself"); not a refusal of something else ("approved the budget after it failed to agree on cuts")."""
    denied = {w[:5] for cue in lx.NEGATION.finditer(negated.text)
              for w in re.findall(r"[a-z]+", lx.fold(negated.text[cue.end():]))[:4] if w not in _DENIAL_STOP}
    for m in _NEGATIVE_IMPLICATIVE.finditer(other.text):
        # the refused verb and the next word of substance ("refused to recuse himself"; not "refused to vote for an
        # earlier version" against "did not vote for the bill")
        after = [w for w in re.findall(r"[a-z]+", lx.fold(other.text[m.end():]))[:4] if w not in _DENIAL_STOP][:1]
        if m[1].lower()[:5] in denied and all(w[:5] in denied for w in after):
            return True
    return False
_WITH = re.compile(r"\b([\w'’-]+)\s+(with|without)\s+((?:a|an|the|any|its|his|her|their)\s+)?"
                   r"((?:(?!(?:and|but|since|when|after|before|until|because|as|while)\b)[\w-]+\s*){1,6})", re.I)


def _one_measure(x: Value, y: Value) -> bool:
    """Two figures of one dimension in two systems that convert to within rounding ("52km", "32 miles")."""
    mx, my = in_base_units(x), in_base_units(y)
    return bool(mx and my and mx[0] == my[0] and abs(mx[1] - my[1]) <= 0.15 * max(mx[1], my[1]))  # "30ft", "10 metres"


def _with_and_without(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The same verb done "with" a thing in one claim and "without" it in the other, the same words after
    ("operating with a valid licence", "operating without a valid licence"); not "won without dropping a set"
    against "dropped a set", where the verb differs."""
    def uses(c: Claim) -> list[tuple[str, str, str, str, set[str]]]:
        return [(lx.fold(m[1]), m[2].lower(), " ".join(lx.fold(m[4]).split()), m.group(0)[len(m[1]):].strip(),
                 _content_words(_after_saying(c.text[:m.start()]))) for m in _WITH.finditer(c.text)]
    for before, word, what, text, subject in uses(a):
        for before_b, word_b, what_b, text_b, subject_b in uses(b):
            # the same verb, the same words after, and the same words before: one doer, one thing ("Most passengers
            # left without help" and "Several elderly passengers left with help" are two groups)
            if before == before_b and word != word_b and what == what_b and what.split()[0] not in lx.FUNCTION_WORDS \
                    and subject == subject_b:
                return text, text_b
    return None


def _after_saying(text: str) -> str:
    """What follows the last verb of saying or "that" ("He said the mine was" -> "the mine was")."""
    cut = [m.end() for m in re.finditer(r"\b[\w'’]+\b", text) if m.group().lower() in lx.SPEECH_VERBS | {"that"}]
    return text[cut[-1]:] if cut else text


def _content_words(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]+", lx.fold(text)) if w not in _DENIAL_STOP and len(w) > 2}


_OFFICIAL_BODIES = {"police", "officers", "officials", "authorities", "investigators", "detectives", "prosecutors",
                    "ministry", "government", "department", "agency", "force", "office", "spokesman", "spokeswoman",
                    "spokesperson", "statement", "sources"}


def _official_body(speaker: str | None, resolution: Resolution) -> bool:
    """A speaker that is a body a named spokesman may speak for ("Officers", "police", "the ministry"), not a
    party of its own ("Critics", "Residents", "the opposition")."""
    name = lx.fold(resolution.name_of(speaker)) if speaker else ""
    return bool(name) and bool(set(re.findall(r"[a-z]+", name)) & _OFFICIAL_BODIES)


def _spokesman(speaker: str | None, c: Claim, resolution: Resolution, src: dict[str, Source]) -> bool:
    """A person who speaks for an official body: named, and called its spokesman or officer where the article
    names him ("said Lukasz Dudek, a spokesman for the Wroclaw police"); not "his lawyer Tom Reyes" nor "Residents"."""
    name = resolution.name_of(speaker) if speaker else ""
    entity = next((e for e in resolution.entities if e.id == speaker), None)
    if not name or entity is None or entity.type != "person":
        return False
    text = src[c.source].text
    surname = re.escape(name.split()[-1])
    return any(_SPEAKS_FOR.search(text[max(0, m.start() - 40):m.start()] + " " + text[m.end():m.end() + 60])
               for m in re.finditer(surname, text) if not c.start <= m.start() < c.end)


_SPEAKS_FOR = re.compile(r"\b(?:spokes(?:man|woman|person)|police|officer|superintendent|inspector|prosecutor's office|"
                         r"ministry|press officer)\b", re.I)


def _came_out_later(x: Source, y: Source) -> bool:
    """Article x came out on a later day than article y."""
    return x.published is not None and y.published is not None and x.published.date() > y.published.date()


def _happened_since(affirmed: Claim, denying: Source) -> bool:
    """What one article affirms is dated after the other article was published: it had not happened yet ("has not
    been detected in Britain" on June 10, "detected ... on Thursday" June 13)."""
    d = event_date(affirmed)
    return d is not None and d.earliest is not None and denying.published is not None \
        and d.earliest > denying.published.date()


def _denied_words_affirmed(negated: Claim, other: Claim) -> bool:
    """The words a negation denies ("no decisions had been made", "were not
    seen together") stated in the other claim, word for word but for
    inflection: one statement, once denied and once affirmed. A negation of
    something the other claim does not say ("no passenger was ejected, but
    some were thrown") is another statement."""
    told = re.findall(r"[a-z]+", lx.fold(other.text))
    said = {w[:5] for w in told}
    for cue in lx.NEGATION.finditer(negated.text):
        # what is denied ends where a time or a reason begins ("not known to police before the attack")
        rest = re.split(r"[,;:.!?\u2014]| but | and | or | before | after | during | when | because ",
                        negated.text[cue.end():], maxsplit=1)[0]
        words = [w for w in re.findall(r"[a-z]+", lx.fold(rest))[:5] if w not in _DENIAL_STOP and len(w) > 2]
        before_cue = re.findall(r"[a-z]+", lx.fold(negated.text[:cue.start()]))
        if _PASSIVE.match(negated.text, cue.end()):  # "is not being treated as suspicious, police said": the doer speaks
            after = re.findall(r"[a-z]+", lx.fold(negated.text[cue.end():]))
            before_cue += [w for w, verb in zip(after, after[1:]) if verb in lx.SPEECH_VERBS]
        if len(words) >= 2 and all(w[:5] in said for w in words) and _same_doer(told, words[0], before_cue):
            return True
    return False


_PASSIVE = re.compile(r"\s+(?:be|being|been)\s+\w+(?:ed|en)\b", re.I)


def _same_doer(told: list[str], first_denied: str, before_cue: list[str]) -> bool:
    """Who the other claim says did it, the word before what is denied ("the minister's deputy resigned"),
    is named before the negation too ("the minister did not resign"), or nobody is named."""
    k = next((i for i, w in enumerate(told) if w[:5] == first_denied[:5]), 0)
    said = max((i + 1 for i, w in enumerate(told[:k]) if w in lx.SPEECH_VERBS), default=0)  # "Officers said he was": who speaks
    doer = next((w for w in reversed(told[said:k]) if w not in _DENIAL_STOP and w not in lx.SPEECH_VERBS and len(w) > 2
                 and w not in lx.HEDGE_ADVERBS  # "reportedly were seen": a hedge, not who
                 and w not in {"are", "will", "would", "could", "should", "also", "now", "already"}), None)
    return doer is None or doer[:5] in {w[:5] for w in before_cue}


def _one_death(a: Claim, b: Claim) -> bool:
    """Both claims report the death of one named person ("Mark Felt died on Friday", "Felt died Thursday"):
    a person dies once. The name is the frame's one patient (a capitalised name the parse may not have
    tagged, "Felt" opening a sentence), the same surname, a given name on one side at least and no other
    given name or title ("Senator Kennedy" is not "President Kennedy")."""
    if a.predicate != "death" or b.predicate != "death":
        return False
    names = [_named_patient(a), _named_patient(b)]
    if None in names or a.negated or b.negated:
        return False
    (ga, sa), (gb, sb) = split_name(names[0]), split_name(names[1])
    titles = [{v.norm for v in c.of_kind("role") if v.holder and split_name(v.holder)[1] == sa
               or re.match(r"\s+(?:[A-Z][\w.'’-]*\s+){0,2}" + re.escape(name.split()[-1]), c.text[v.end - c.start:])}
              for c, name in ((a, names[0]), (b, names[1]))]
    if titles[0] and titles[1] and not titles[0] & titles[1]:
        return False  # "Senator Kennedy" and "President Kennedy": two men
    # one full name at least: two bare surnames may be two people
    return bool(sa) and sa == sb and bool(ga or gb) and (not ga or not gb or same_person(*names))


def _precise(v: Value, *, rounded: bool = True) -> bool:
    """A figure of three significant digits or more ("$3.01", "187"; with `rounded` False, none of them a rounding
    zero: not "300", "2,500"), not a year."""
    digits = re.sub(r"\D", "", v.text)
    return len(digits.lstrip("0") if rounded else digits.strip("0")) >= 3 and not re.fullmatch(r"(?:19|20)\d\d", v.text)


def _an_exact_figure_alike(a: Claim, b: Claim, equal: list[tuple[Value, Value]]) -> bool:
    """An exact figure, not rounded, stated alike ("an unbeaten 187", "341 for three"; not "300 people", nor a name's
    number, "Interstate 405", "Flight 370"): one occasion, wherever each places it."""
    def named(c: Claim, v: Value) -> bool:
        return bool(re.search(r"(?:\b[A-Z][\w-]*|\bNo\.?|#|-)\s*$", c.text[:max(0, v.start - c.start)]))
    return any(_precise(x, rounded=False) and x.bound in (None, "exact") and not named(a, x) and not named(b, y)
               for x, y in equal)


def _a_precise_figure_alike(equal: list[tuple[Value, Value]]) -> bool:
    """A precise figure stated alike ("closed at $3.01"): one moment told twice."""
    return any(_precise(x) for x, _ in equal)


def _a_place_in_common(a: Claim, b: Claim) -> bool:
    """Both claims name one place more precise than a country or a state, or one inside the other ("Atlanta"
    and "Atlanta, Georgia"; not "Iraq", north and south, nor "Texas"), and neither tells one of several."""
    return not _one_of_several(a, b) and any(
        place_relation(x.norm, y.norm) in {SAME, COMPATIBLE} for x in a.of_kind("place") for y in b.of_kind("place")
        if lx.place_kind(x.norm) not in {"country", "region"} and lx.place_kind(y.norm) not in {"country", "region"})


# words that tell one of several events of a story ("the first bomb", "a second suspect", "the strongest aftershock")
_SEVERAL = re.compile(r"\b(?:first|second|third|fourth|fifth|another|latest|strongest|largest|biggest|again|"
                      r"previous|initial|subsequent)\b", re.I)


_KINDS_OF_EVENT = (r"(?:operation|attack|raid|incident|capture|arrest|quake|earthquake|shooting|strike|bombing|explosion|"
                   r"blast|hijacking|robbery|heist|crash|fire|clash)")
_RECURS = re.compile(rf"\b(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|another|latest)"
                     rf"(?:\s+[\w-]+){{0,3}}?\s+(?:{_KINDS_OF_EVENT}|such)(?:s|es)?|"
                     # "the latest in a series of recent clashes with Somali pirates"; not "of setbacks for the carmaker"
                     rf"(?:latest|newest) in an? (?:series|string|spate|wave|run) of (?:[\w-]+\s+){{0,2}}?{_KINDS_OF_EVENT}(?:s|es)?)\b",
                     re.I)


_HARMS = {"shoot", "stab", "wound", "injure", "hurt", "kidnap", "abduct", "assault", "beat", "murder", "kill", "rape"}


# kinds of event that happen to their participants once: a death, an appointment, an agreement, a resignation, a
# step of a criminal case (an arrest; two steps, an arrest and a charge, are told apart before: `_two_steps`)
_ONCE = lx.UNIQUE_PREDICATES | {"resignation", "justice"}


def _once(a: Claim, b: Claim) -> bool:
    """Both claims tell one kind of event of `_ONCE`."""
    return a.predicate == b.predicate and a.predicate in _ONCE


def _two_patients(a: Claim, b: Claim, resolution: Resolution) -> bool:
    """One kind of event that happens to a person, to two named people, neither a participant of the other claim;
    also a harm (`_HARMS`) when a claim names a person it was done to ("Gray was shot eleven times" and
    "Linebacker Steve Foley was shot three times": two shootings; not "struck Dahiyeh", a place the tagger misread)."""
    if a.predicate is None or a.predicate != b.predicate:
        return False
    if a.predicate not in lx.PERSON_EVENTS and not (a.frame.lemma in _HARMS and b.frame.lemma in _HARMS and any(
            v.kind == "person" for c in (a, b) for v in c.frame.of_role("patient"))):
        return False
    xa, xb = _named_patient(a), _named_patient(b)
    # named among the other's participants, not anywhere in it ("fired Jim O'Brien ... replaced him with Cheeks")
    return bool(xa and xb and not _one_surname(xa, xb) and not _named_words(xa, _participants(b))
                and not _named_words(xb, _participants(a)))


def _two_posts(a: Claim, b: Claim, resolution: Resolution) -> bool:
    """Each frame gives the post of whom it happened to or who did it, the two posts are rivals (`_rival_posts`:
    two ministries, a post and its deputy), neither claim names the other's post, and no person is named in both:
    two office-holders ("Finance Minister Ana Ruiz resigned" and "the health minister resigned"). One person
    named in both with two posts is a role conflict, told by `_role_conflicts`."""
    if a.frame is None or b.frame is None:
        return False
    posts_a = {lx.post_key(v.text) for v in a.frame.of_role("position")} - {""}
    posts_b = {lx.post_key(v.text) for v in b.frame.of_role("position")} - {""}
    if not posts_a or not posts_b or not all(_rival_posts(x, y) for x in posts_a for y in posts_b):
        return False
    if any(_tells_post(b.text, x) for x in posts_a) or any(_tells_post(a.text, y) for y in posts_b):
        return False  # "the finance minister replaced the health minister": both posts in one claim
    names_a = {v.text for v in a.of_kind("person")}
    names_b = {v.text for v in b.of_kind("person")}
    return not any(x == y or _one_surname(x, y) for x in names_a for y in names_b)


def _tells_post(text: str, post: str) -> bool:
    """The post's words, as `lx.post_key` spells them, all in the text."""
    words = set(lx.role_key(text).split()) | set(re.findall(r"[a-z]+", lx.fold(text)))
    return set(post.split()) <= words


def _named_in_common(a: Claim, b: Claim, resolution: Resolution) -> bool:
    """Something specific both claims name: a person or organisation, as a participant or as who says it (an
    unresolved speaker by its words: "a spokesman" counts, "Police" or "the Ministry" alone does not), a person's
    surname written in the other claim ("Hale" and "John Hale"), or a place smaller than a region ("Gaziantep";
    not "the North Caucasus" or "Turkey", where many events happen)."""
    common = (resolution.of_claim(a, in_roles=False) | {_speaker_of(a, resolution)}) \
        & (resolution.of_claim(b, in_roles=False) | {_speaker_of(b, resolution)}) - {None}
    if any(set(re.findall(r"[a-z]+", lx.fold(resolution.name_of(e)))) - lx.ORG_HEADS - lx.FUNCTION_WORDS for e in common):
        return True
    for x, y in ((a, b), (b, a)):
        words = set(re.findall(r"[\w'’-]+", lx.fold(y.text)))
        if any(split_name(v.text)[1] and lx.fold(split_name(v.text)[1]) in words for v in x.of_kind("person")):
            return True
    places_b = {lx.fold(v.norm) for v in b.of_kind("place")}
    return any(lx.fold(v.norm) in places_b and lx.place_kind(v.norm) == "city" for v in a.of_kind("place"))


def _undated_months_apart(a: Claim, b: Claim, src: dict[str, Source]) -> bool:
    """Neither claim dates its event and the two articles were published more than a month apart: a claim with
    no date tells of its article's time, so the two may tell of two occasions (two rounds of a vote, two fires at
    one plant); a person judges."""
    pa, pb = src[a.source].published, src[b.source].published
    return pa is not None and pb is not None and abs((pa - pb).days) > APART_DAYS \
        and not a.of_kind("date") and not b.of_kind("date")


def _dated_months_from_article(a: Claim, b: Claim, src: dict[str, Source]) -> bool:
    """One claim dates its event, the other gives no date and its article appeared more than a month away from
    that date: the undated claim tells of its article's time, another occasion than the dated one."""
    da, db = event_date(a), event_date(b)
    if (da is None) == (db is None):
        return False
    (dated, dated_claim, undated) = (da, a, b) if da is not None else (db, b, a)
    published, dated_published = src[undated.source].published, src[dated_claim.source].published
    if published is None or dated.earliest is None or dated.latest is None \
            or dated_published is not None and abs((published - dated_published).days) <= APART_DAYS:
        return False  # two articles of one month: an undated claim may tell of the other's dated event
    day = published.date()
    return (dated.earliest - day).days > APART_DAYS or (day - dated.latest).days > APART_DAYS


APART_DAYS = 31  # articles published further apart than this may tell of two occasions when their claims give no date


def _two_steps(a: Claim, b: Claim) -> bool:
    """Two steps of a legal case (an arrest and a charge, a verdict and a sentence), by the frames' verbs or nouns."""
    if a.predicate != "justice" or b.predicate != "justice":
        return False
    step_a, step_b = lx.JUSTICE_STEPS.get(a.frame.lemma), lx.JUSTICE_STEPS.get(b.frame.lemma)
    # a claim that tells the other's step too ("the man charged as X, who was arrested last week") may be its report
    return step_a is not None and step_b is not None and step_a != step_b \
        and not _tells_step(a.text, step_b) and not _tells_step(b.text, step_a)


def _tells_step(text: str, step: str) -> bool:
    words = lx.JUSTICE_STEP_WORDS.get(step)
    return words is not None and bool(words.search(text))


def _participants(c: Claim) -> str:
    return " ".join(arg.value.text for arg in c.frame.arguments if arg.role in {"agent", "patient"})


def _named_patient(c: Claim) -> str | None:
    """The one name an event happens to ("Jamal Williams was arrested"), also a surname the parse took
    for a place ("Jackson was arrested")."""
    names = [v.text for v in c.frame.of_role("patient") if v.kind in {"person", "place", "other"}
             and re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+)*", v.text) and lx.fold(v.text) not in lx.FUNCTION_WORDS]
    return names[0] if len(names) == 1 else None


def _one_of_several(a: Claim, b: Claim) -> bool:
    """Either claim tells one of several events of its kind: two times or days may be two of them."""
    return bool(_SEVERAL.search(a.text) or _SEVERAL.search(b.text))


def _unpaired_figures(c: Claim, equal: list[tuple[Value, Value]], differing: list[tuple[Value, Value]]) -> list[Value]:
    """The claim's figures the pairing left without a counterpart (not years, times or conversions)."""
    paired = {x.start for x, _ in equal + differing}
    return [v for v in figures(c) if v.start not in paired]


def _word_before(c: Claim, v: Value) -> str | None:
    """The content word before a figure and its bound ("includes" in "includes more than 360")."""
    before = re.findall(r"[a-z]+", lx.fold(c.text[:max(0, v.start - c.start)]))
    words = [w for w in before if w not in _BOUND_WORDS]
    return words[-1] if words else None


_BOUND_WORDS = {w for phrase in lx.NUMBER_BOUNDS for w in phrase.split()} | {"the", "a", "an", "of"}


def _around_midnight(a: Claim, b: Claim, da: Value, db: Value) -> bool:
    """Two weekdays a day apart for something around midnight ("late Friday" and "early Saturday")."""
    wa, wb = weekday_of(da), weekday_of(db)
    if wa is None and da.earliest is not None and da.earliest == da.latest:
        wa = da.earliest.weekday()  # one day of a dated article against a weekday of an undated one
    if wb is None and db.earliest is not None and db.earliest == db.latest:
        wb = db.earliest.weekday()
    if wa is not None and wb is not None and (wa - wb) % 7 in {1, 6} and (weekday_of(da) is not None or weekday_of(db) is not None):
        earlier, later = (a, b) if (wb - wa) % 7 == 1 else (b, a)
    elif days_apart(da, db) == 1 and da.granularity == db.granularity == "day":
        earlier, later = (a, b) if da.earliest < db.earliest else (b, a)
    else:
        return False
    if all(_EARLY_ON.search(c.text[:max(0, d.start - c.start)]) for c, d in ((a, da), (b, db))):
        return False  # "early on Saturday" and "early on Sunday": two nights, a day apart
    words_earlier, words_later = set(lx.fold(earlier.text).split()), set(lx.fold(later.text).split())
    d_earlier, d_later = (da, db) if earlier is a else (db, da)
    # "late" and "early" of the day itself ("late Friday", "early on Saturday"), not "an early estimate"
    return bool(words_earlier & {"overnight", "midnight"} or words_later & {"overnight", "midnight"}
                or _LATE_ON.search(earlier.text[:max(0, d_earlier.start - earlier.start)])
                or _EARLY_ON.search(later.text[:max(0, d_later.start - later.start)]))


_EARLY_ON = re.compile(r"\bearly(?:\s+hours\s+of)?\s+(?:on\s+)?$", re.I)  # "early on Saturday", "in the early hours of Sunday"
_LATE_ON = re.compile(r"\blate\s+(?:on\s+)?$", re.I)  # "late Friday", "late on Friday"


def _timed(c: Claim, v: Value) -> str | None:
    """Whose time a time taken is: the person named last before it in the claim ("Alemu won in 2:24:10"), else
    the capitalised doer of its frame ("Ingebrigtsen won the 1500m", a surname the tagger missed), by surname."""
    named = [p.norm or p.text for p in c.of_kind("person") if p.end <= v.start]
    if not named and c.frame is not None:
        named = [x.text for x in c.frame.of_role("agent") if x.text[:1].isupper()]
    first = re.match(r"([A-Z][\w'’-]+)\s+[a-z]", c.text)  # "Hart touched in 1:55.32 to win": the subject opening the claim
    if not named and first and lx.fold(first.group(1)) not in lx.FUNCTION_WORDS:
        named = [first.group(1)]
    return _surname(named[-1]) if named else None


def _runners(c: Claim, v: Value) -> set[str]:
    """Every surname a time taken may be of, by any reading (`_timed`'s, and the last capitalised word before it:
    "Hassan won in 2:18:05, and Chepngetich was second in 2:18:40"): two times told alike are of two runners only
    when no reading gives them one."""
    words = [w for w in re.findall(r"\b[A-Z][\w'’-]+", c.text[:max(0, v.start - c.start)]) if lx.fold(w) not in lx.FUNCTION_WORDS]
    return {_surname(w) for w in words[-1:]} | ({_timed(c, v)} - {None})


def _surname(name: str) -> str:
    """The surname of a name, without a possessive ("Verstappen's fastest lap")."""
    return split_name(re.sub(r"['’]s?$", "", name))[1]


def _one_holder(a: Claim, b: Claim, role: str) -> bool:
    """Only one can have done it: the other argument is one thing with one winner or doer, said alike or with a
    word of the same kind ("won the Boston Marathon"; "scored the winner" / "the winning goal"; "the only goal" /
    "the lone goal"), or one post of one place filled ("elected X as mayor of Lisbon"); not "scored a goal",
    "won a seat", "the opener" vs "the winner", "Kenya's only gold medal" vs "only silver medal", "appointed a
    director" or "was arrested over the killing", which two may each have done."""
    if a.frame is None or b.frame is None:
        return False
    if role == "patient" and a.predicate == b.predicate and a.predicate in {"election", "appointment"}:  # "named", "appointed"
        posts_a, posts_b = ({lx.post_key(v.text) or lx.fold(v.text) for v in c.frame.of_role("position")
                             if _determiner(c, v) not in {"a", "an"}} for c in (a, b))  # "its new speaker", "speaker"
        where_a, where_b = ({lx.fold(v.norm or v.text) for v in c.values if v.kind in {"place", "organisation"}} for c in (a, b))
        return bool(posts_a & posts_b) and bool(where_a & where_b)
    if a.frame.lemma != b.frame.lemma:
        return False
    other = "patient" if role == "agent" else "agent"
    xa, xb = a.frame.of_role(other), b.frame.of_role(other)
    if len(xa) != 1 or len(xb) != 1 or _determiner(a, xa[0]) in {"a", "an"} or _determiner(b, xb[0]) in {"a", "an"}:
        return False
    words_a, words_b = ({lx.ONE_HOLDER_WORDS.get(w, w) for w in re.findall(r"[\w'’-]+", lx.fold(v.text))} - {"the", "a", "an"}
                        for v in (xa[0], xb[0]))
    if not (words_a <= words_b or words_b <= words_a):
        return False  # two things: "Kenya's only gold medal", "Kenya's only silver medal"
    held = set(lx.ONE_HOLDER_WORDS.values())
    return bool(words_a & held) or (role == "agent" and a.frame.lemma in lx.WIN_LEMMAS)


def _one_surname(x: str, y: str) -> bool:
    """"LaCalamita" and "Anthony LaCalamita III": one person named two ways, whatever the resolver kept apart."""
    return bool(_words_of(x) & _words_of(y))


def _words_of(name: str) -> set[str]:
    """The words of a name that can tell it apart ("Red Sox" in "Boston Red Sox")."""
    return {w for w in lx.fold(name).split() if len(w) > 2 and w not in {"the", "inc", "corp", "and"} and w.upper() not in lx.SHIP_PREFIXES}


RECENT_DAYS = 45  # a month and day this close before the publication date is of its year ("October 6" on October 8)


def _year_sure(d: Value, source: Source) -> bool:
    """The date's year is written, or inferred from a publication date only days after it."""
    if d.year_known:
        return True
    return source.published is not None and d.earliest is not None \
        and 0 <= (source.published.date() - d.earliest).days <= RECENT_DAYS


def _attached(c: Claim, d: Value | None) -> bool:
    """The date is the claim's event's own: attached to its trigger by the parse, or the claim has no trigger to
    attach to, or it is a statement's and dates what was said, not the saying ("a tram derailed on Thursday
    evening, emergency services said")."""
    if d is None or (c.predicate == "statement" and said_on(c, d)):
        return False  # "officials said on Thursday": the day of the saying
    return c.frame is None or not c.frame.lemma or d in c.frame.of_role("time") or d.inherited \
        or (c.predicate == "statement" and not _in_relative_clause(c, d))


def _in_relative_clause(c: Claim, d: Value) -> bool:
    """The date sits in a clause that tells of another thing ("a suspect in a shooting that occurred Monday"), not
    in what was said ("that the bus crashed on Monday", "after a tram derailed on Thursday")."""
    before = lx.fold(c.text[:max(0, d.start - c.start)])
    return any(m.group(1) not in lx.SPEECH_VERBS and m.group(1) not in {"so", "now", "such"}
               and not _SAID_THAT.search(before, 0, m.end()) for m in _RELATIVE.finditer(before))


_RELATIVE = re.compile(r"\b([a-z]+)\s+(?:that|which|who|whose)\b")
# "told parliament on Tuesday that", "said in a statement that": what follows is what was said
_SAID_THAT = re.compile(rf"\b(?:{'|'.join(sorted(lx.SPEECH_VERBS))})(?:\s+[\w,]+){{0,4}}\s+that$")


def _own_date(c: Claim, d: Value | None) -> bool:
    """The date is the one the parse attaches to the claim's event itself, which is not a statement."""
    return d is not None and c.frame is not None and bool(c.frame.lemma) and c.predicate != "statement" \
        and d in c.frame.of_role("time") and not _EARLIER_EVENT.search(c.text[c.frame.end - c.start:d.start - c.start])


# between the trigger and its date, a word that opens another event ("charged after a shooting ... Friday")
_EARLIER_EVENT = re.compile(r"\b(?:after|before|following|since|when|while)\b", re.I)


def _other_scope(a: Claim, b: Claim, resolution: Resolution) -> bool:
    """The figures of the two claims may be of two things: they name
    different participants and none in common (shares of two companies), or
    places that differ with none alike (sales in the U.S. and in Canada)."""
    oa, ob = resolution.of_claim(a, ("organisation",), in_roles=False), resolution.of_claim(b, ("organisation",), in_roles=False)
    if oa and ob and not oa & ob and not _name_words(oa, resolution) & _name_words(ob, resolution) \
            and not _named_in(oa, b.text, resolution) and not _named_in(ob, a.text, resolution):
        return True
    pa, pb = {v.norm for v in a.of_kind("place")}, {v.norm for v in b.of_kind("place")}
    relations = {place_relation(x, y) for x in pa for y in pb}
    if DIFFERENT in relations and SAME not in relations and COMPATIBLE not in relations:
        return not {w for x in pa for w in lx.fold(x).split()} & {w for y in pb for w in lx.fold(y).split()}
    return False


def _named_things(c: Claim, resolution: Resolution) -> set[str]:
    """The people, organisations and places a claim names (teams are often written as their cities)."""
    return set(resolution.of_claim(c, in_roles=False)) | {lx.fold(v.norm) for v in c.of_kind("place")}


def _named_in(ids: frozenset[str], text: str, resolution: Resolution) -> bool:
    """One of the entities is written in the other claim's words, whether or not its parse found it."""
    folded = f" {lx.fold(text)} "
    return any(f" {lx.fold(resolution.name_of(e))} " in folded for e in ids)


def _name_words(ids: frozenset[str], resolution: Resolution) -> set[str]:
    """The words of entities' names, for names the resolver kept apart ("Red Sox", "Boston Red Sox")."""
    return {w for e in ids for w in _words_of(resolution.name_of(e))}


def _person_of(c: Claim, role: str, resolution: Resolution) -> tuple[str, str] | None:
    """(entity id, name) of the one person a frame gives in a role, if exactly one."""
    if c.frame is None:
        return None
    people = {v.text for v in c.of_kind("person")} | {v.norm for v in c.of_kind("person")}
    found = [(resolution.id_of(c.source, v.norm) or resolution.id_of(c.source, v.text), v.text)
             for v in c.frame.of_role(role) if v.text in people or v.norm in people]
    found = [(e, t) for e, t in found if e]
    return found[0] if len(found) == 1 else None


_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
_SCORED = r"(?:headed|scored|struck|fired|netted|slotted|curled|drilled|tapped|nodded|volleyed|converted|grabbed|bagged|" \
          r"heading|scoring|striking|firing|netting|slotting|curling|nodding|volleying)"
_DECIDER = r"(?:(?:late|last-gasp|dramatic|stoppage-time|injury-time|\d+(?:st|nd|rd|th)-minute)\s+)?" \
           r"(?:winner|winning\s+goal|decisive\s+goal|only\s+goal|game-winner|match-winner|game-winning\s+goal)"
_WINNING_SCORER = re.compile(
    rf"(?P<a>{_NAME})\s+{_SCORED}\s+(?:home\s+|in\s+)?(?:an?|the|his|her)\s+{_DECIDER}"
    rf"|\b{_DECIDER}\s+(?:by|from)\s+(?P<b>{_NAME})"
    rf"|\bon\s+a\s+(?:late\s+|stoppage-time\s+)?goal\s+(?:by|from)\s+(?P<c>{_NAME})"
    # the one goal of a 1-0 win: "Kerem Aktürk's 88th-minute goal gave Karadeniz SK a 1-0 home win"
    rf"|(?P<d>{_NAME})['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:goal|strike|header|penalty|effort|finish)\s+"
    rf"(?:gave|handed|earned|secured|sealed|clinched)\s+(?:[\w'’-]+\s+){{0,4}}?an?\s+1-0\s+(?:(?:home|away)\s+)?"
    rf"(?:win|victory|triumph)\b"
    # a late goal that gave the win: "A late header from Marc Vidal gave Levante Costa a 2-1 home win"
    rf"|\b(?:late|stoppage-time|injury-time|last-gasp|last-minute)\s+(?:goal|strike|header|penalty|effort|finish)\s+"
    rf"(?:by|from)\s+(?P<e>{_NAME})\s+(?:gave|handed|earned|secured|sealed|clinched)\s+(?:[\w'’-]+\s+){{0,4}}?"
    rf"an?\s+\d+-\d+\s+(?:(?:home|away)\s+)?(?:win|victory|triumph)\b")


_ELSEWHERE = re.compile(r"\b(?:elsewhere|meanwhile|also\s+won)\b", re.I)
_PLAYER_WORDS = {"substitute", "striker", "midfielder", "defender", "winger", "forward", "captain", "skipper", "teenager",
                 "veteran", "debutant", "centre-back", "full-back", "playmaker"}
_WINNER = "Who scored the winner"  # what a dispute over the scorer of a match's deciding goal is called
_TEAM_WORDS = {"united", "city", "rovers", "town", "athletic", "fc", "sc", "cf", "wanderers", "albion", "county", "real",
               "inter", "sporting", "olympique", "dynamo", "rangers", "hotspur", "villa", "palace", "forest", "wednesday"}
_ANOTHER_MATCH = re.compile(r"\b(?:after|since|before|when|last|previous|earlier)\b[^,;]*$", re.I)


def _other_clubs(a: Claim, scorer_a: str, b: Claim, scorer_b: str) -> bool:
    """Each claim names, besides its scorer and the day, something the other does not, and nothing alike."""
    na = {w for w in _capitalised(a.text) - _capitalised(scorer_a) if w not in lx.WEEKDAYS and w not in lx.MONTHS}
    nb = {w for w in _capitalised(b.text) - _capitalised(scorer_b) if w not in lx.WEEKDAYS and w not in lx.MONTHS}
    return bool(na - nb) and bool(nb - na) and not na & nb


def _one_result(a: Claim, b: Claim, clauses_of: dict[tuple[str, int], list[Claim]]) -> bool:
    """The two claims' sentences give one final score and name two things alike ("Dortmund beat Leipzig 1-0" in
    both; not "Napoli won 1-0 at home on Saturday" and "Lazio won 1-0 at home on Saturday")."""
    def results(c: Claim) -> set[str]:
        return {m.text for clause in clauses_of[(c.source, c.sentence)] for m in match_scores(clause) if m.final}

    def names(c: Claim) -> set[str]:  # the sides named ("Dortmund", "Leipzig"), not the day
        return {w for clause in clauses_of[(c.source, c.sentence)] for w in _capitalised(clause.text)
                if w not in lx.WEEKDAYS and w not in lx.MONTHS}
    return bool(results(a) & results(b)) and len(names(a) & names(b)) >= 2


def _winning_scorer(c: Claim, resolution: Resolution) -> tuple[str, str] | None:
    """(entity id, name) of the person the claim says scored the goal that decided the match, when it is a person
    the claim names."""
    for m in _WINNING_SCORER.finditer(c.text):  # "struck a stoppage-time winner" is no attack
        if _ANOTHER_MATCH.search(c.text[max(0, m.start() - 40):m.start()]):
            continue  # "a week after Dan James scored the winner at Hull": another match's goal
        group = next(g for g in ("a", "b", "c", "d", "e") if m[g])
        start, end = c.start + m.start(group), c.start + m.end(group)
        for v in c.of_kind("person"):
            if v.start < end and start < v.end:
                who = resolution.id_of(c.source, v.norm) or resolution.id_of(c.source, v.text)
                if who:
                    return who, v.text
        words = m[group].split()
        while len(words) > 2 and lx.fold(words[0]) in _PLAYER_WORDS | lx.ROLE_HEADS:
            words = words[1:]  # "Substitute Tunde Bakare", "Captain Jordan Henderson"
        name = " ".join(words)
        # a full name the tagger missed or took for a club ("Daizen Maeda headed a 90th-minute winner"), not a
        # team's ("Manchester United", "Real Madrid")
        if len(words) >= 2 and not any(lx.place_kind(w) or lx.fold(w) in lx.ORG_HEADS | _TEAM_WORDS for w in words):
            return f"name:{lx.fold(name)}", name
    return None


def _winner_conflicts(claims: list[Claim], resolution: Resolution, src: dict[str, Source], one_story: set[frozenset[str]],
                      seen: set[tuple], clauses_of: dict[tuple[str, int], list[Claim]]) -> list[Finding]:
    """Two articles whose ledes tell one match, each naming one scorer of its winning goal, and two people
    ("Chukwuemeka Obi headed the winner in the 78th minute" in the second sentence of one, "Substitute Tunde Bakare
    scored the 78th-minute winner as Lagos City FC beat Ibadan Stars 1-0" in the lede of the other): the sentences
    need not be aligned, the ledes tie them to one match. An article naming two winners (a round-up) gives none."""
    winners: dict[str, list[tuple[str, str, Claim]]] = defaultdict(list)
    for c in claims:
        won = _winning_scorer(c, resolution)
        if won and not _ELSEWHERE.search(c.text):  # not "Elsewhere, McBurnie scored a late winner as Sheffield United won"
            winners[c.source].append((*won, c))
    out = []
    ledes: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.sentence < LEDE_SENTENCES:
            ledes[c.source].append(c)
    for pair in sorted(one_story, key=sorted):
        sa, sb = sorted(pair)
        wa, wb = winners.get(sa, []), winners.get(sb, [])
        if not any(_one_result(x, y, clauses_of) for x in ledes[sa] for y in ledes[sb]):
            continue  # the ledes give one match's score and its two sides alike ("Napoli won 1-0", "Lazio won 1-0": two)
        scores = {m.sides for c in ledes[sa] + ledes[sb] for m in match_scores(c) if m.final}
        if any(m.final and m.sides not in scores for _, _, c in wa + wb for m in match_scores(c)):
            continue  # a winner told with another score ("McBurnie scored a late winner as Sheffield United won 2-1"): another match
        if len({w[0] for w in wa}) != 1 or len({w[0] for w in wb}) != 1:
            continue
        (ia, na, ca), (ib, nb, cb) = wa[0], wb[0]
        key = ("person", pair, (na, nb))
        if ia == ib or _one_surname(na, nb) or key in seen or ("person", pair, (nb, na)) in seen:
            continue
        seen.add(key)
        out.append(_finding("contradiction", "person", 0.9, f"{_WINNER}: {na} ({_outlet(src[sa])}) vs {nb} ({_outlet(src[sb])})",
                            [(ca, na), (cb, nb)]))
    return out


def _two_doers(a: Claim, b: Claim, resolution: Resolution) -> bool:
    """Both frames name who did it, two different named participants, and
    neither claim names the other's doer at all ("the Orioles offered" and "the
    Angels offered"). A player and the team, or a party member named two ways,
    are named in both claims and stay comparable."""
    if a.frame is None or b.frame is None or "statement" in {a.predicate, b.predicate}:
        return False  # the speaker of a statement is no doer: two speakers may give one statement
    doers = []
    for c in (a, b):
        # a name the tagger read as a person counts at the start of a sentence too ("McDermott led all players")
        names = [v.text for v in c.frame.of_role("agent") if (v.kind == "person" or _proper_name(v.text, c.text[:max(0, v.start - c.start)], c.text))
                 and v.text != c.speaker]
        doers.append(({resolution.id_of(c.source, n) or lx.fold(n) for n in names}, names))
    (ia, na), (ib, nb) = doers
    unnamed = not any(_named_words(n, b.text) for n in na) and not any(_named_words(n, a.text) for n in nb)
    return bool(ia and ib and not ia & ib and unnamed and not any(_one_surname(x, y) for x in na for y in nb))


def _one_doer(a: Claim, b: Claim, resolution: Resolution) -> bool:
    """The two frames' doers are one by name or words, or one side names none ("the budget was rejected"); never
    a pronoun ("He admitted", "He denied": who?), and one side's doer named on the other side only as its
    opponent ("Liverpool won against Chelsea", "Chelsea lost against Liverpool") is another."""
    da, db = a.frame.of_role("agent"), b.frame.of_role("agent")
    if any(lx.fold(v.text) in lx.PRONOUNS for v in da + db):
        return False
    if not da or not db:
        return True
    ids_a = {resolution.id_of(a.source, v.text) or lx.fold(v.text) for v in da}
    ids_b = {resolution.id_of(b.source, v.text) or lx.fold(v.text) for v in db}
    return bool(ids_a & ids_b)


_CALLED_OFF = re.compile(r"\b(?:called\s+off|call\s+off|cancel+ed|scrapped|postponed|abandoned|put\s+off|axed)\b", re.I)
_WENT_AHEAD = re.compile(r"\b(?:went\s+ahead|took\s+place|was\s+held|were\s+held|gone\s+ahead|proceeded\s+as\s+planned|"
                         r"got\s+under\s+way|got\s+underway)\b", re.I)
_OCCASIONS = re.compile(r"\b(strikes?|walkouts?|stoppages?|matche?s?|games?|votes?|referendums?|elections?|concerts?|festivals?|"
                        r"rall(?:y|ies)|protests?|marche?s|launche?s|races?|summits?|hearings?|trials?|ceremon(?:y|ies)|"
                        r"parades?|flights?|shows?|tours?|fixtures?)\b", re.I)


def _called_off_or_held(a: Claim, b: Claim) -> tuple[str, str] | None:
    """(what each claim says of one occasion both name, "called off" or "went ahead") when one says it was called
    off and the other that it went ahead, of one kind of occasion (a strike, a match, a vote); else None."""
    def said(c: Claim) -> tuple[str, str] | None:
        """(called off or went ahead, the occasion): the occasion named just after the verb or just before it
        ("called off Wednesday's planned 24-hour strike", "the match was called off", "went ahead with a strike"); not a
        plan of the past ("an election that had been postponed twice")."""
        off = [m for m in _CALLED_OFF.finditer(c.text)  # not "had been postponed", nor "The trial, postponed twice,"
               if not re.search(r"(?:\bhad\s+been|,)\s+$", c.text[max(0, m.start() - 12):m.start()])]
        ahead = list(_WENT_AHEAD.finditer(c.text))
        if bool(off) == bool(ahead):
            return None
        m = (off or ahead)[0]
        after = _OCCASIONS.search(c.text[m.end():m.end() + 45])
        before = list(_OCCASIONS.finditer(c.text[max(0, m.start() - 45):m.start()]))
        occasion = after or (before[-1] if before else None)
        return ("called off" if off else "went ahead", occasion[1].lower().rstrip("s")) if occasion else None
    sa, sb = said(a), said(b)
    if sa is None or sb is None or sa[0] == sb[0] or sa[1] != sb[1]:
        return None  # "cancelled 300 flights because of a strike" vs "went ahead with a strike": flights, a strike
    return sa[0], sb[0]


_SPHERE = re.compile(r"\b(?:resign\w*|retir\w*|quit\w*|step\w*\s+down|stood\s+down)\s+(?:as|from)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)", re.I)


def _two_spheres(a: Claim, b: Claim) -> bool:
    """Each claim names what was left, and two things ("would not resign as leader of the Civic Party" vs "resigned as
    health minister"; "retire from international football" vs "from club football")."""
    def named(c: Claim) -> set[str]:
        return {w for m in _SPHERE.finditer(c.text) for w in re.findall(r"[a-z]+", lx.fold(m[1]))} - lx.FUNCTION_WORDS
    na, nb = named(a), named(b)
    return bool(na) and bool(nb) and not na & nb


_ACQUITTED = re.compile(r"\b(?:acquit(?:s|ted|tal)|(?:was|were|been|is|are)\s+cleared\s+of|"
                        r"cleared\s+(?:[A-Z][\w'’.-]+\s+){1,4}of|found\s+(?:[\w'’.-]+\s+){0,6}?not\s+guilty|"
                        r"not[- ]guilty\s+verdict)\b", re.I)
_CONVICTED = re.compile(r"\b(?:found\s+(?:[\w'’.-]+\s+){0,6}?guilty|convict(?:s|ed)|guilty\s+verdict)\b", re.I)


_OFFENCE_OF = re.compile(r"\b(?:guilty|acquitted|cleared|convicted)\s+(?:[\w'’.-]+\s+){0,4}?(?:of|on)\s+(?:the\s+|a\s+|an\s+)?([a-z]+)", re.I)


def _two_offences_judged(a: Claim, b: Claim) -> bool:
    """Two verdicts on two charges ("convicted John Hale of manslaughter" vs "acquitted John Hale of murder"): both may be."""
    oa, ob = ({m[1].lower()[:6] for m in _OFFENCE_OF.finditer(c.text)} - {"all", "charge", "any", "both", "every"} for c in (a, b))
    return bool(oa and ob and not oa & ob)


def _verdict(c: Claim) -> str | None:
    """"convicted" or "acquitted" when the claim tells one verdict ("found ... guilty", "cleared ... of"); None for
    none or both ("convicted Smith and acquitted Jones")."""
    acquitted = bool(_ACQUITTED.search(c.text))
    convicted = bool(_CONVICTED.search(_ACQUITTED.sub(" ", c.text)))
    return None if acquitted == convicted else "acquitted" if acquitted else "convicted"


_DEFENDANT = re.compile(r"\b(?:found|acquitted|acquits|cleared|convicted|convicts)\s+((?:[\w'’.-]+\s+){0,5}?[A-Z][\w'’.-]+"
                        r"(?:\s+[A-Z][\w'’.-]+)*)")


_DEFENDANT_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+),?\s+(?:\d{1,3},\s+)?(?:was|were|has\s+been|had\s+been)\s+"
                               r"(?:found|acquitted|cleared|convicted)\b")


def _defendant(c: Claim) -> set[str]:
    """The capitalised words of the one a verdict names right after its verb ("found former charity director Mei Ling
    Tan guilty", "acquitted Paul Jones") or as its subject ("Mei Ling Tan was acquitted"); not a place or a day; empty
    when the verdict names nobody there ("who was convicted in 2021")."""
    found = [m[1] for m in (_DEFENDANT.search(c.text), _DEFENDANT_BEFORE.search(c.text)) if m]
    places = {lx.fold(w) for v in c.of_kind("place") for w in v.text.split()}
    return {w for text in found for w in re.findall(r"\b[A-Z][\w'’-]+", text)
            if lx.fold(w) not in lx.WEEKDAYS | lx.MONTHS | places | lx.FUNCTION_WORDS and not lx.place_kind(w)}


_DECIDED_FOR = re.compile(r"\b(?:approved|approves|passed|passes|adopted|adopts|accepted|accepts|endorsed|endorses|ratified|"
                          r"ratifies|authori[sz]ed|authori[sz]es|granted|grants)\b", re.I)
_DECIDED_AGAINST = re.compile(r"\b(?:rejected|rejects|turned\s+down|turns\s+down|vetoed|vetoes|voted\s+down|votes\s+down|"
                              r"threw\s+out|throws\s+out|(?:was|were|been)\s+(?:narrowly\s+|heavily\s+|soundly\s+)?"
                              r"(?:defeated|thrown\s+out|blocked|voted\s+down))\b", re.I)
# who decides, and what is decided on: words two decisions of one body on one day share whatever they decide
_DECIDERS = {"shareholders", "investors", "voters", "regulator", "regulators", "council", "court", "judge", "jury", "senate",
             "house", "parliament", "assembly", "congress", "board", "committee", "commission", "cabinet", "union",
             "members", "agency", "authority", "lawmakers", "legislators", "senators", "mps", "ministers", "tribunal"}
_DECISION_WORDS = _DECIDERS | {"bill", "bills", "law", "laws", "measure", "measures", "motion", "plan", "plans", "proposal",
                               "proposals", "government", "vote", "votes", "voted", "application", "applications",
                               "legislation", "request", "said", "says", "told", "statement", "decision", "ruling",
                               "minister", "new"}
_DECISION_OBJECTS = re.compile(r"\b(?:bill|law|measure|motion|budget|resolution|legislation|amendment|plan|proposal|"
                               r"application|licen[cs]e|deal|merger|takeover|bid|drug|vaccine|treatment|permit|treaty|"
                               r"reform|ban|cap|tax|levy)s?\b", re.I)


def _decided_both_ways(a: Claim, b: Claim, equal: list[tuple[Value, Value]]) -> tuple[str, str] | None:
    """One claim says a decision went one way ("approved", "passed"), the other the other way ("rejected", "turned
    down", "was defeated"), each only one way, of something one can decide on (a bill, an application, a drug): the
    words of what was decided share a word that names no party ("approved Solvantis" vs "turned down Kellner Pharma's
    application for Solvantis"; "a bill that caps annual rent increases" vs "plan to limit yearly rent rises ... was
    defeated"), no two deciders are named apart ("shareholders" vs "the competition regulator"), and two things in
    all are alike (words, or a figure); not in sport, where a side "defeated" is beaten."""
    if not (_DECIDED_FOR.search(a.text) and _DECIDED_AGAINST.search(b.text)
            or _DECIDED_FOR.search(b.text) and _DECIDED_AGAINST.search(a.text)):
        return None  # (most pairs: no decision either way)
    if "sports" in {a.predicate, b.predicate} or any(m.final for c in (a, b) for m in match_scores(c)):
        return None
    deciders_a, deciders_b = _deciders(a), _deciders(b)
    if deciders_a and deciders_b and not deciders_a & deciders_b:
        return None
    for pro, con in ((a, b), (b, a)):
        yes, no = _DECIDED_FOR.search(pro.text), _DECIDED_AGAINST.search(con.text)
        if not (yes and no) or _DECIDED_AGAINST.search(pro.text) or _DECIDED_FOR.search(con.text) \
                or not _DECISION_OBJECTS.search(pro.text + " " + con.text):
            continue
        if not _decided_on(pro, yes) & _decided_on(con, no):
            continue
        shared = len(_decision_words(a.text) & _decision_words(b.text)) + sum(1 for x, _ in equal if x.number not in {0, 1})
        if shared >= 2:
            shown = {pro.id: yes[0], con.id: no[0]}
            return shown[a.id], shown[b.id]
    return None


def _deciders(c: Claim) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", lx.fold(c.text)) if w in _DECIDERS}


def _decision_words(text: str, also: set[str] = frozenset()) -> set[str]:
    """Stems of the words of a decision that may tell what was decided: not function words, deciders, the decision
    verbs and nouns, days or months (nor the words of `also`)."""
    return {w[:5] for w in re.findall(r"[a-z]+", lx.fold(text)) if len(w) > 2 and w not in lx.FUNCTION_WORDS
            and w not in _DENIAL_STOP and w not in _DECISION_WORDS and w not in lx.WEEKDAYS and w not in lx.MONTHS
            and w not in also and not _DECIDED_FOR.fullmatch(w) and not _DECIDED_AGAINST.fullmatch(w)}


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|is|are)\s+(?:\w+ly\s+)?$", re.I)
_ATTRIBUTION = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}(?:said|says|told|announced|reported)\b|\s+(?:said|says)\b", re.I)


def _decided_on(c: Claim, verb: re.Match) -> set[str]:
    """Word stems of what a decision verb decides: the words after an active verb ("approved plans for a new
    library"), before a passive one ("Plans for a stadium were rejected"), up to an attribution; not a party's name
    after "by", "of", "from", "with" ("the merger of Acme", "a request by Acme"), a place or person the claim names,
    nor "new"."""
    passive = bool(re.search(r"\b(?:was|were|been)\s", verb[0])) or bool(_PASSIVE_BEFORE.search(c.text[:verb.start()]))
    if passive:
        window = c.text[max(0, verb.start() - 70):verb.start()]
    else:
        window = c.text[verb.end():verb.end() + 60]
        cut = _ATTRIBUTION.search(window)
        window = window[:cut.start()] if cut else window
    named = {w for v in c.values if v.kind in {"person", "organisation", "place"} for w in re.findall(r"[a-z]+", lx.fold(v.text))}
    parties = {lx.fold(m[1]) for m in re.finditer(r"\b(?:by|of|from|with)\s+([A-Z][\w-]+)", window)}
    return _decision_words(window, named | parties)


def _opposite_verbs(a: Claim, b: Claim) -> bool:
    return a.frame is not None and b.frame is not None and frozenset({a.frame.lemma, b.frame.lemma}) in lx.OPPOSITE_VERBS


# the forms of lexicon.OPPOSITE_VERBS as written, for claims whose frame is what someone said ("Lithuania's parliament
# approved a bill ..., the Seimas press office said" vs "Lithuanian lawmakers rejected a proposed ban ..., the Seimas said")
_VERB_FORMS = {"approve": "approve approves approved approving", "reject": "reject rejects rejected rejecting",
               "pass": "pass passes passed passing", "accept": "accept accepts accepted accepting",
               "refuse": "refuse refuses refused refusing", "veto": "veto vetoes vetoed vetoing",
               "convict": "convict convicts convicted", "acquit": "acquit acquits acquitted",
               "admit": "admit admits admitted", "deny": "deny denies denied denying", "confirm": "confirm confirms confirmed"}
# (not "lower", "cut", "rise", "fall": "the lower house", "a cut", "fallen" are no verbs of an outcome)
_LEMMA_OF_FORM = {form: lemma for lemma, forms in _VERB_FORMS.items() for form in forms.split()}


def _opposite_words(a: Claim, b: Claim) -> bool:
    """Each claim writes one verb of a pair of opposite outcomes that the other does not write ("approved" /
    "rejected"), read from the words when the frames are what someone said: no fact in common."""
    def lemmas(c: Claim) -> set[str]:
        return {_LEMMA_OF_FORM[w] for w in re.findall(r"\b[a-z]+\b", c.text) if w in _LEMMA_OF_FORM}  # not "Rose"
    if not a.predicate == b.predicate == "statement":
        return False  # other frames' verbs are read by _opposite_verbs
    la, lb = lemmas(a), lemmas(b)
    return any(frozenset({x, y}) in lx.OPPOSITE_VERBS for x in la - lb for y in lb - la)


def _alike_but_the_verb(a: Claim, b: Claim) -> bool:
    """The two claims say the same words but for their verbs ("approved" / "rejected the budget by 312 votes to
    250"): opposite verbs of anything more ("convicted of manslaughter" / "acquitted of murder", "rose against the
    dollar" / "fell against the yen") may both be true."""
    def words(c: Claim) -> set[str]:
        trigger = lx.fold(c.frame.trigger)
        return {w for w in re.findall(r"[\w'’.-]+", lx.fold(c.text)) if w != trigger} - lx.FUNCTION_WORDS - _DENIAL_STOP
    return words(a) == words(b)


def _named_words(name: str, text: str) -> bool:
    """A word of the name is in the text: the other claim names this doer too ("a Republican", "the Tar Heels")."""
    return bool(_words_of(name) & set(re.findall(r"[\w'’-]+", lx.fold(text))))


def _proper_name(text: str, before: str, sentence: str = "") -> bool:
    """"The Baltimore Orioles", "the Angels": every word capitalised, and one word only where a
    capital does not come from the start of a sentence ("Gunmen killed", "Police arrested")."""
    words = [w for w in text.split() if w.lower() not in {"the", "a", "an"}]
    if not words or not all(w[:1].isupper() for w in words) or words[0].lower() in lx.PRONOUNS:
        return False
    # after an opening "The" the capital is the name's own ("The Nationals offered him"), unless every word of the
    # sentence has one (a headline: "The Gunmen Struck At Dawn")
    opening = not before.strip() or before.rstrip()[-1] in ".!?\"“:" \
        or (before.strip() in {"The", "A", "An"} and _title_case(sentence))
    return len(words) >= 2 or not opening


def _title_case(text: str) -> bool:
    """Most words capitalised, as in a headline."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)[1:]  # the first is capitalised in any sentence
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _speaker_of(c: Claim, resolution: Resolution) -> str | None:
    return resolution.id_of(c.source, c.speaker) or c.speaker


def _future(c: Claim) -> bool:
    """A claim about what will or is expected to happen, not what is: by the
    frame's modality, or by the words when the parse found no event verb to
    read it from ("it seems likely he will be signed")."""
    if c.frame is not None and c.frame.modality in {"future", "expected"}:
        return True
    return (c.frame is None or c.frame.type == "other") and bool(_WILL.search(c.text))


_WILL = re.compile(rf"\b(?:will|shall|'ll|(?:is|are) (?:likely|{'|'.join(lx.SCHEDULE_WORDS)}) to|seems likely)\b", re.I)


def _number_text(v: Value, unit: str | None = None) -> str:
    bound = {"at_least": "at least ", "at_most": "at most ", "about": "about "}.get(v.bound or "", "")
    if _is_age(unit):
        return f"{bound}{v.text} years old"
    if unit == ELAPSED:
        return f"{bound}{v.text}"
    if unit == "magni":
        return f"{bound}magnitude {v.text}"
    shown = v.unit if v.unit and not v.unit[:1].isupper() else unit  # not a name the parse took for the counted noun
    shown = "points" if shown == "point" else shown
    if not v.unit and unit:  # a currency by its code ("NOK 14.2 billion"): its name, not the comparable key
        shown = next((name for name in lx.CURRENCY_CODES.values() if currency_key(name.split()) == unit), shown)
    return f"{bound}{v.text} {shown or ''}".strip()


def _event_name(a: Claim, b: Claim, resolution: Resolution) -> str:
    """What a finding is about, for its summary: the kind of event and the people both claims name in it; not
    who reports it ("Number of injured in the attack", not "in the death of" the minister who gave the toll)."""
    shared = resolution.of_claim(a, in_roles=False) & resolution.of_claim(b, in_roles=False)
    if a.predicate != "statement":
        shared -= {resolution.id_of(a.source, a.speaker), resolution.id_of(b.source, b.speaker)}
    names = sorted(resolution.name_of(e) for e in shared)
    noun = {"meeting": "the meeting", "agreement": "the signing", "death": "the death", "attack": "the attack",
            "appointment": "the appointment", "injury": "the injuries", "statement": "the statement"}.get(a.predicate or "", "the event")
    return f"{noun} of {' and '.join(names)}" if names else noun


def _aged_person(c: Claim, v: Value, resolution: Resolution) -> str | None:
    """The resolved person whose age a figure gives ("32-year-old Robert Buckley", "Jane Doe, 84,"), when the
    claim names exactly one person of that surname."""
    unit = quantity_unit(c, v) or ""
    if not unit.startswith(AGE_OF) or _THEN.search(c.text[max(0, v.start - c.start - 12):v.start - c.start]):
        return None  # "the then 31-year-old": an age at another time
    surname = unit.removeprefix(AGE_OF)
    people = [e for e in resolution.of_claim(c, ("person",)) if split_name(resolution.name_of(e))[1] == surname]
    return people[0] if len(people) == 1 else None


def _victim(a: Claim, b: Claim, surname: str) -> bool:
    """One claim reports the death of the person aged: the dead do not age, whenever the articles were written
    (not the man found guilty of a murder). A living person's age is given at publication, even of a dated event."""
    return any((c.predicate == "death" or _TO_DEATH.search(c.text)) and (name := _named_patient(c)) is not None
               and split_name(name)[1] == surname for c in (a, b))


_TO_DEATH = re.compile(r"\b(?:to death|fatally|killed|died)\b", re.I)  # "was stabbed to death": an attack that killed


def _aged_between(x: Value, y: Value, a: Source, b: Source) -> bool:
    """Two ages of one person that the time between the two articles explains: more than a month apart, the
    later article may give the age plus the whole years between them, or one more for a birthday."""
    if a.published is None or b.published is None or abs((b.published - a.published).days) <= AGE_DAYS:
        return False
    years = (b.published - a.published).days / 365.25
    older = (y.number - x.number) if years > 0 else (x.number - y.number)
    return math.floor(abs(years)) <= older <= math.floor(abs(years)) + 1


_THEN = re.compile(r"\b(?:then|aged|at age|at the age of|when)\s*$", re.I)
AGE_DAYS = 31  # two articles published this close give one person one age, or ages a birthday apart
AGE_SAME_DAYS = 7  # ...and this close, one age whatever


def _age_conflicts(claims: list[Claim], resolution: Resolution, src: dict[str, Source],
                   seen: set[frozenset[int]]) -> list[Finding]:
    """A person has one age at a time: two outlets published within a month
    giving one named person two ages contradict each other, whatever events
    their claims report (pairs already compared as one event are in `seen`)."""
    ages: dict[str, list[tuple[int, Claim, Value]]] = defaultdict(list)
    for i, c in enumerate(claims):
        if src[c.source].published is None:
            continue
        # the claim must write the person's full name: a surname alone ("Mrs. Smith, 43,") may be a relative
        full = {resolution.id_of(c.source, v.norm) for v in c.of_kind("person") if split_name(v.text)[0]}
        for v in figures(c):
            who = _aged_person(c, v, resolution)
            if who and who in full and v.bound in (None, "exact") and float(v.number).is_integer():
                ages[who].append((i, c, v))
    out, done = [], set()
    for who, items in sorted(ages.items()):
        for k, (i, ca, va) in enumerate(items):
            for j, cb, vb in items[k + 1:]:
                sides = (who, frozenset({ca.source, cb.source}))
                if ca.source == cb.source or sides in done or frozenset({i, j}) in seen or va.number == vb.number:
                    continue
                apart = abs((src[ca.source].published - src[cb.source].published).days)
                if apart > AGE_DAYS:
                    continue
                done.add(sides)
                # a year apart over more than a week may be a birthday between the two: for a person to check
                certain = apart <= AGE_SAME_DAYS or abs(va.number - vb.number) >= 2
                name = resolution.name_of(who)
                summary = (f"Age of {name}: {va.text} ({_outlet(src[ca.source])}) vs {vb.text} ({_outlet(src[cb.source])})")
                out.append(_finding("contradiction" if certain else "uncertain", "number", 1.0 if certain else 0.5,
                                    summary, [(ca, va.text), (cb, vb.text)]))
    return out


# "No one was injured", "nobody died", "there were no casualties", "without loss of life": a toll of none; not "no
# one else", "no further injuries", "no serious injuries", nor "no immediate reports of injuries" (nothing known yet)
_NO_TOLL = re.compile(
    r"\b(?:no[\s-]?one|nobody|no\s+people|none\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}[a-z]+)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)?"
    r"\s*(?:(?:reported|believed|thought|said)\s+(?:to\s+have\s+been\s+)?)?(?P<verb>killed|injured|hurt|wounded|harmed|died)\b"
    r"|\b(?:there\s+(?:were|was|have\s+been)\s+no|caused\s+no|reported\s+no|no)\s+(?P<noun>casualties|injuries|deaths|fatalities)\b"
    r"|\bwithout\s+(?:any\s+)?(?P<without>casualties|injuries|loss\s+of\s+life)\b", re.I)
_NOT_NONE = re.compile(r"\b(?:else|other|others|further|more|additional|serious|seriously|critically|major|"
                       r"immediate|immediately|reports?|word|information|confirmation)\b", re.I)
_NONE_OF = {"killed": "dead", "died": "dead", "deaths": "dead", "fatalities": "dead", "loss of life": "dead",
            "injured": "injured", "hurt": "injured", "wounded": "injured", "harmed": "injured", "injuries": "injured",
            "casualties": "casualties"}
# a toll of none against a count: certain for the same casualty, a person judges across them ("no one was injured"
# against "killing three": were the dead not counted as injured? "no casualties" against "two injured": casualties
# are often the dead alone)
_NONE_AGAINST = {("dead", "dead"): 1.0, ("injured", "injured"): 1.0, ("casualties", "dead"): 1.0,
                 ("injured", "dead"): 0.6, ("casualties", "injured"): 0.6}


def _tolls_of_none(claims: list[Claim], pairs: list[Pair], src: dict[str, Source], established: float,
                   apart: set[tuple[str, int, str, int]], placed_apart: set[frozenset[str]]) -> list[Finding]:
    """A toll of none in one article ("No one was injured, the fire service said") against a count in another's
    claim of the same event ("A fire gutted a warehouse ..., injuring two firefighters"): the none is read in the
    sentence of, or the sentence right after, a claim established as one event with the counting claim. Neither
    article may say the other way round elsewhere (a count of that casualty in the first, a none in the second: then
    the two are of two parts of the story); a count in an article published a day or more after the none is for a
    person to judge (one of the hurt may have died since, a toll found later). The count may be in the counting
    claim's sentence or the next ("Two people were killed, the mayor said"). Two events are never compared: claims
    told apart by a place or a person (`apart`), articles whose ledes place their events apart (a fire in Dhaka and
    one in Chittagong), claims that place their events apart."""
    sentence_text: dict[tuple[str, int], tuple[int, int]] = {}
    first_claim: dict[tuple[str, int], Claim] = {}  # the claim a quote of its sentence is traced to
    for c in claims:
        key = (c.source, c.sentence)
        lo, hi = sentence_text.get(key, (c.start, c.end))
        sentence_text[key] = (min(lo, c.start), max(hi, c.end))
        first_claim.setdefault(key, c)
    nones: dict[tuple[str, int], list[tuple[str, int, int]]] = defaultdict(list)  # (casualty, start, end) in source text
    for (source, sentence), (lo, hi) in sentence_text.items():
        text = src[source].text
        end = _SENTENCE_END.search(text[hi - 1:])  # the sentence runs to its stop, past its last claim
        hi = hi - 1 + end.end() if end else len(text)
        for m in _NO_TOLL.finditer(text, lo, hi):
            said = next(g for g in (m["verb"], m["noun"], m["without"]) if g)
            if not _NOT_NONE.search(text[max(lo, m.start() - 30):m.end()]):
                nones[(source, sentence)].append((_NONE_OF[re.sub(r"\s+", " ", said.lower())], m.start(), m.end()))
    if not nones:
        return []
    counted: dict[str, set[str]] = defaultdict(set)  # casualties each source counts (one or more)
    counts: dict[tuple[str, int], list[tuple[Claim, Value, str]]] = defaultdict(list)
    for c in claims:
        if c.negated or (c.frame is not None and c.frame.modality in {"hedged", "expected"}):
            continue
        for v in c.of_kind("number"):
            casualty = casualty_of(c, v)
            if casualty in {"dead", "injured"} and v.number is not None and v.number >= 1:
                counted[c.source].add(casualty)
                counts[(c.source, c.sentence)].append((c, v, casualty))
    none_said = {source: {kind for (s, _), found in nones.items() if s == source for kind, _, _ in found} for source in src}
    out: list[Finding] = []
    done: set[tuple[str, str, str]] = set()
    for p in pairs:
        a, b = claims[p.a], claims[p.b]
        if p.score < established or _sentences(a, b) in apart or frozenset({a.source, b.source}) in placed_apart \
                or _placed_apart(a, b, src):
            continue
        for x, y in ((a, b), (b, a)):  # x's article says none, y's counts
            found = [(key, *none) for key in ((x.source, x.sentence), (x.source, x.sentence + 1)) for none in nones.get(key, [])]
            for sentence, kind, start, end in found:
                for c, v, casualty in counts.get((y.source, y.sentence), []) + counts.get((y.source, y.sentence + 1), []):
                    certainty = _NONE_AGAINST.get((kind, casualty))
                    key = (x.source, y.source, casualty)
                    if certainty is None or key in done or casualty in counted[x.source] \
                            or none_said[y.source] & {casualty, kind, "casualties"}:
                        continue
                    published_none, published_count = src[x.source].published, src[y.source].published
                    if published_none and published_count and (published_count - published_none).days >= 1:
                        certainty = min(certainty, 0.6)  # counted a day or more later: the toll may have grown since
                    done.add(key)
                    text = src[x.source].text
                    said = text[start:end]
                    lo, hi = sentence_text[sentence]
                    lo, hi = min(lo, start), max(hi, end)  # the claims of the sentence and the words of the none
                    none_side = Evidence(x.source, text[lo:hi], lo, hi, said, first_claim[sentence].id)
                    count_side = Evidence(c.source, c.text, c.start, c.end, v.text, c.id)
                    counted_as = re.match(r"\s+([A-Za-z-]+)", c.text[v.end - c.start:])  # "two firefighters"
                    shown = v.text + (f" {counted_as[1]}" if counted_as and counted_as[1].lower() not in lx.FUNCTION_WORDS
                                      and counted_as[1].lower() not in {"were", "was", "had", "have", "are"} else "")
                    out.append(Finding("contradiction" if certainty >= CERTAIN else "uncertain", "number",
                                       round(p.score * certainty, 3), f"Number {casualty}: none ({_outlet(src[x.source])}: \"{said}\") vs {shown} "
                                       f"({_outlet(src[y.source])})", (none_side, count_side)))
    return out


def _appointment_conflicts(claims: list[Claim], resolution: Resolution, src: dict[str, Source]) -> list[Finding]:
    """An appointment to a role happens once: two outlets dating it
    incompatibly contradict each other, whatever else their claims say."""
    facts: dict[tuple[str, str, str], list[tuple[Claim, Value]]] = defaultdict(list)
    for c in claims:
        for v in c.of_kind("role"):
            if not v.appointed or not v.holder or (v.earliest is None and v.latest is None):
                continue
            who = resolution.id_of(c.source, v.holder)
            head = lx.post_key(v.text) or None  # CEO, CFO and police chief are three posts
            country = next((w for w in v.norm.split() if lx.place_kind(w) == "country"), "")
            if who and head:
                facts[(who, head, country)].append((c, v))
    out = []
    for (who, head, _country), items in sorted(facts.items()):
        done: set[frozenset[str]] = set()
        for i, (ca, va) in enumerate(items):
            for cb, vb in items[i + 1:]:
                sides = frozenset({ca.source, cb.source})
                if ca.source == cb.source or sides in done:
                    continue
                if intervals_disjoint(va.earliest, va.latest, vb.earliest, vb.latest):
                    done.add(sides)
                    inferred = "newly" in (va.qualifier, vb.qualifier)
                    certainty = 0.8 if inferred else 1.0
                    value_a = describe_interval(None if va.qualifier == "newly" else va.earliest, va.latest, va.granularity)
                    value_b = describe_interval(None if vb.qualifier == "newly" else vb.earliest, vb.latest, vb.granularity)
                    name = resolution.name_of(who)
                    summary = (f"{name}'s appointment as {head}: {value_a} ({_outlet(src[ca.source])}) vs "
                               f"{value_b} ({_outlet(src[cb.source])})")
                    out.append(_finding("contradiction", "date", 0.5 + 0.5 * certainty, summary, [(ca, value_a), (cb, value_b)]))
    return out


_UNDER = {"deputy", "vice", "assistant", "associate"}  # "Vice President" is not the president


def _role_conflicts(claims: list[Claim], resolution: Resolution, src: dict[str, Source]) -> list[Finding]:
    """One named person given two posts of one kind by two outlets ("Chief Executive Margaret Holloway" vs "Chief
    Financial Officer Margaret Holloway", "Foreign Minister" vs "Deputy Foreign Minister", "President" vs "Vice
    President"): one person holds one chief officer's post of a company, one ministry's. Not when an outlet gives
    the person both posts (two jobs), nor a post and its bare head ("minister" of "foreign minister"), nor posts
    of two named bodies ("CEO of Acme", "CFO of Bolt"), nor of a past time ("former", "then"). Articles more than
    a month apart may tell of a promotion: no finding; with a date unknown, a person judges."""
    posts: dict[tuple[str, str], dict[str, tuple[Claim, Value]]] = defaultdict(dict)  # (person, source) -> post -> first
    for c in claims:
        for v in c.of_kind("role"):
            if not v.holder or v.qualifier not in (None, "newly") or len(v.holder.split()) < 2:
                continue  # a surname alone may be another person; a former or acting post is another time's or job
            # (a new post counts against another new post, one appointment told two ways; against a plain post it
            # may be the one before the appointment: see below)
            who, post = resolution.id_of(c.source, v.holder), lx.post_key(v.text)
            if who and post:
                posts[(who, c.source)].setdefault(post, (c, v))
    by_person: dict[str, list[str]] = defaultdict(list)
    for who, source in posts:
        by_person[who].append(source)
    out = []
    for who, sources in sorted(by_person.items()):
        for i, sa in enumerate(sorted(sources)):
            for sb in sorted(sources)[i + 1:]:
                pa, pb = src[sa].published, src[sb].published
                if pa is not None and pb is not None and abs((pa - pb).days) > APART_DAYS:
                    continue
                held_a, held_b = posts[(who, sa)], posts[(who, sb)]
                for x in sorted(held_a.keys() - held_b.keys()):
                    for y in sorted(held_b.keys() - held_a.keys()):
                        if not _rival_posts(x, y) or len([q for q in held_a if _rival_posts(q, y)]) > 1 \
                                or len([q for q in held_b if _rival_posts(x, q)]) > 1:
                            continue  # an outlet that gives two posts of the kind: two jobs, or one it cannot pin
                        (ca, va), (cb, vb) = held_a[x], held_b[y]
                        if (va.qualifier == "newly") != (vb.qualifier == "newly"):
                            continue  # "Finance Minister X" on March 1, "X, Ghana's new foreign minister" on March 11
                        body_a, body_b = _body(va, x) or _owner_before(ca, va), _body(vb, y) or _owner_before(cb, vb)
                        if body_a and body_b and body_a != body_b:
                            continue  # "Acme's Chief Executive", "Bolt's Chief Financial Officer": two jobs
                        # a body on one side only ("president of Acme's cloud unit" vs "Vice President"): a person judges
                        # two ministries may be one said two ways ("Youth and Sports" as "Youth" or as "Sports";
                        # "Economy" and "Finance"): a person judges
                        if bool(body_a) != bool(body_b) and (lx.fold(body_a or body_b) in lx.fold(src[(cb if body_a else ca).source].text)
                                                             or _the_country(body_a or body_b, *((cb, vb) if body_a else (ca, va)))):
                            body_a = body_b = body_a or body_b  # "its chief financial officer", "the airline's chief
                            # executive" in an article naming the company
                        dated = pa is not None and pb is not None and bool(body_a) == bool(body_b) \
                            and not (_ministries_apart(x.split(), y.split()) and _one_ministry_possible(x.split(), y.split()))
                        name = resolution.name_of(who)
                        out.append(_finding("contradiction" if dated else "uncertain", "role", 0.9 if dated else 0.7,
                                            f"{name}'s post: {va.text} ({_outlet(src[sa])}) vs {vb.text} ({_outlet(src[sb])})",
                                            [(ca, va.text), (cb, vb.text)]))
    return out


def _rival_posts(x: str, y: str) -> bool:
    """Two posts one person does not hold at once: a post and its deputy ("president", "vice president"; not
    "executive vice president"), two chief officers of a company ("chief executive officer", "chief financial
    officer"), two ministries ("interior minister", "foreign minister"; not "deputy prime minister" and a ministry,
    often held together)."""
    wx, wy = x.split(), y.split()  # spelled one way by lx.role_key ("defence", "defense")
    if wx == wy or not wx or not wy:
        return False
    if any(len(long) == len(short) + 1 and long[0] in _UNDER and long[1:] == short for short, long in ((wx, wy), (wy, wx))):
        return True
    if all(len(w) == 3 and w[0] == "chief" and w[2] == "officer" for w in (wx, wy)):
        return True
    sides = {_court_side(wx), _court_side(wy)}
    if None not in sides and len(sides) == 2:
        return True  # "the lead prosecutor in the case" vs "Benítez's defence lawyer": two sides of one trial
    return _ministries_apart(wx, wy)


def _court_side(words: list[str]) -> str | None:
    """Which side of a trial a post is on: prosecution, defence, or the bench."""
    if "defence" in words or "defender" in words:
        return "defence"
    if words[-1] in {"prosecutor", "prosecutors"} or words[-2:] == ["district", "attorney"]:
        return "prosecution"
    if words[-1] in {"judge", "magistrate"}:
        return "bench"
    return None


# the great offices of state, which no government joins in one ministry: a person given two of them by two outlets
# is one outlet wrong; any other two ministries may be one joined ministry named by either of its portfolios
# ("Energy and Infrastructure", "Youth and Sports", "Justice and Security"): a person judges
_GREAT_OFFICES = ({"finance", "treasury"}, {"foreign", "external"}, {"interior", "home"}, {"defence", "defense"})


def _one_ministry_possible(wx: list[str], wy: list[str]) -> bool:
    """Two ministries one person may hold as one: all but two great offices of state ("finance minister" vs
    "foreign minister")."""
    px, py = set(wx[:-1]) - _NO_PORTFOLIO - {"affairs"}, set(wy[:-1]) - _NO_PORTFOLIO - {"affairs"}
    office_x = [g for g in _GREAT_OFFICES if px and px <= g]
    office_y = [g for g in _GREAT_OFFICES if py and py <= g]
    return not (office_x and office_y and office_x != office_y)


def _the_country(body: str, c: Claim, v: Value) -> bool:
    """A country's post against "the country's" post ("New Zealand's new foreign minister", "the country's new
    finance minister"): one government's."""
    return lx.place_kind(body) == "country" and bool(re.search(r"\bthe\s+(?:country|nation)['’]s\s+$",
                                                               c.text[:max(0, v.start - c.start)], re.I))


def _ministries_apart(wx: list[str], wy: list[str]) -> bool:
    """Two ministries of one rank ("interior minister", "foreign minister"; "deputy energy minister", "deputy roads
    highways minister"); not one said shorter ("foreign affairs minister", "foreign minister"), nor two ranks."""
    if wx[-1] != wy[-1] or wx[-1] not in {"minister", "secretary"}:
        return False
    def rank_and_portfolio(words: list[str]) -> tuple[tuple[str, ...], set[str]]:
        k = 0
        while k < len(words) - 1 and words[k] in _NO_PORTFOLIO:
            k += 1
        return tuple(words[:k]), set(words[k:-1])
    (rank_x, px), (rank_y, py) = rank_and_portfolio(wx), rank_and_portfolio(wy)
    px, py = px - {"affairs"}, py - {"affairs"}  # "foreign affairs", "home affairs": two ministries
    return rank_x == rank_y and bool(px) and bool(py) and not px & py and not (px | py) & _NO_PORTFOLIO


_NO_PORTFOLIO = {"prime", "deputy", "vice", "senior", "first", "state", "cabinet", "junior", "assistant", "associate",
                 "chief", "general", "permanent", "principal", "press", "under", "parliamentary", "executive"}


def _owner_before(c: Claim, v: Value) -> str:
    """A name just before the role ("Acme's Chief Executive", "Bolt Inc Chief Financial Officer"): the body the
    post is of."""
    m = re.search(r"([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)*)(?:['’]s)?\s+$", c.text[:max(0, v.start - c.start)])
    if m and lx.place_kind(m.group(1)):
        return lx.fold(m.group(1))  # "New Zealand's": a place's name, whatever words it is made of
    words = [w for w in lx.fold(m.group(1)).split() if w not in lx.FUNCTION_WORDS and w not in lx.TEMPORAL_QUALIFIERS] \
        if m else []
    return " ".join(words)


def _body(v: Value, post: str) -> str:
    """The body a role names beside its post ("acme" of "CEO of Acme")."""
    words = set(lx.role_key(post).split()) | set(post.split())
    return " ".join(w for w in lx.role_key(v.norm or v.text).split() if w not in words and w not in lx.POST_MODIFIERS)


def _agreements(claims: list[Claim], pairs: list[Pair], conflicted: set[tuple[int, int]], src: dict[str, Source],
                resolution: Resolution, equal_of: dict[tuple[int, int], list[tuple[Value, Value]]]) -> list[Finding]:
    """Groups of claims, at most one per source, in which every two are the
    same established event with no conflict and state an argument alike: no
    chaining from one event to another through a third claim."""
    agreeing: dict[tuple[int, int], Pair] = {}
    best = _best_same_speaker(claims, pairs, resolution)
    for p in pairs:
        mutual = best.get((p.a, claims[p.b].source)) == p.b and best.get((p.b, claims[p.a].source)) == p.a
        if (p.a, p.b) not in conflicted and _alike(claims[p.a], claims[p.b], p, src, resolution, equal_of[(p.a, p.b)], mutual):
            agreeing[(p.a, p.b)] = p
    groups: list[list[int]] = []
    group_of: dict[int, int] = {}
    for (i, j), _p in sorted(agreeing.items(), key=lambda kv: (-kv[1].score, kv[0])):
        gi, gj = group_of.get(i), group_of.get(j)
        if gi is None and gj is None:
            group_of[i] = group_of[j] = len(groups)
            groups.append([i, j])
            continue
        if gi is not None and gj is not None:
            continue
        g, new = (gi, j) if gi is not None else (gj, i)
        members = groups[g]
        if claims[new].source in {claims[m].source for m in members}:
            continue
        if all((min(m, new), max(m, new)) in agreeing for m in members):
            members.append(new)
            group_of[new] = g
    out = []
    for idx in groups:
        group = sorted((claims[i] for i in idx), key=lambda c: (c.source, c.start))
        group_pairs = [agreeing[(min(x, y), max(x, y))] for k, x in enumerate(idx) for y in idx[k + 1:]]
        aspect, values, support = _shared_values(group, resolution)
        same = sum(p.score for p in group_pairs) / len(group_pairs)
        confidence = 0.5 * same + 0.5 * support
        outlets = ", ".join(_outlet(src[c.source]) for c in group)
        # the value as the most precise claim states it: "August 4, 2020" rather than the year inferred from a
        # publication date ("the Beirut port explosion on August 4" in an article of August 5, 2025)
        shown = next((v for v in values if v and "year" not in v), values[0] if values else None)
        detail = f" ({aspect}: {shown})" if aspect != "other" and shown else ""
        summary = f"{outlets} agree{detail}: {_short(group[0].text)}"
        out.append(_finding("agreement", aspect, confidence, summary, [(c, v) for c, v in zip(group, values)]))
    return out


def _anchored(a: Claim, b: Claim, p: Pair, src: dict[str, Source], resolution: Resolution) -> bool:
    """Something beyond the model's probability ties the two claims to one
    event: nearly the same meaning, the same kind of event, or the same participants."""
    same_kind = a.predicate is not None and a.predicate == b.predicate \
        and (a.predicate != "statement" or _named_in_common(a, b, resolution))  # that both were said is no tie alone
    return p.meaning >= ANCHOR_MEANING or same_kind or _same_participants(a, b, src, resolution) \
        or _one_town_one_day(a, b, src)


def _one_town_one_day(a: Claim, b: Claim, src: dict[str, Source]) -> bool:
    """Two one-off events (a crash, a blast, deaths) on one day at one place too small for the gazetteer ("plunged
    into a ravine near La Oroya on Monday", "eight people were killed ... near La Oroya on Monday"): one event. A
    city the gazetteer holds sees several on one day (two shootings in Chicago on Saturday)."""
    def one_off(c: Claim) -> bool:  # or what is said of one: "..., leaving six dead, police said"
        return c.predicate in ONE_OFF_EVENTS or any(quantity_unit(c, v) in RUNNING_COUNTS for v in figures(c))
    if not (one_off(a) and one_off(b)):
        return False
    da, db = event_date(a), event_date(b)
    if not (da is not None and db is not None and da.granularity == db.granularity == "day" and date_relation(da, db) == SAME):
        return False
    return bool(_small_places(_lede_text(a, src)) & _small_places(_lede_text(b, src)))


_SENTENCE_END = re.compile(r"[.!?](?:[\"”’']|\s|$)")  # as `_tolls_of_none` reads a sentence's end


def _lede_text(c: Claim, src: dict[str, Source]) -> str:
    """The claim's words, and for an article's first sentence the next sentence too, where a lede's "a passenger bus
    plunged into a ravine" is placed ("... when it left the road near Huanta")."""
    if c.sentence != 0:
        return c.text
    text = src[c.source].text
    end = c.end
    for _ in range(2):  # the end of the claim's sentence, then of the next
        m = _SENTENCE_END.search(text, end)
        end = m.end() if m else len(text)
    return text[c.start:end]


_AT_PLACE = re.compile(r"\b(?:near|outside|off|in the (?:town|village|hamlet) of)\s+"
                       r"(?P<name>(?:[A-Z][\w-]+)(?:\s+(?:[A-Z][\w-]+|de|del|la|el|al))*)(?![’']s)")
_LEVEL_WORDS = {"state", "province", "region", "county", "district", "governorate", "prefecture", "airport", "station",
                "parliament", "highway", "motorway", "road", "river", "lake", "sea", "coast", "mountains"}


def _small_places(text: str) -> set[str]:
    """Names the words put an event "near", "outside" or "in the town of" that the gazetteer does not hold
    (towns, villages), folded; not a day, a month, nor a state, a province or a road ("in Borno State", "in
    Balochistan": a region sees many attacks on one day)."""
    out = set()
    for m in _AT_PLACE.finditer(text):
        name = m["name"].strip()
        words = lx.fold(name).split()
        if lx.place_kind(name) is None and words[0] not in lx.WEEKDAYS | lx.MONTHS and not set(words) & _LEVEL_WORDS:
            out.add(lx.fold(name))
    return out


def _a_count_alike(a: Claim, b: Claim, equal: list[tuple[Value, Value]]) -> bool:
    """The two claims give one count of one named thing alike, in digits ("13 loaded magazines"): the same
    seizure told twice, whatever the parse made of its verbs; not a count in words ("the two countries"),
    money, a percentage or a span of time ("four days" of deliberations, of a trial or of a siege)."""
    return any(unit not in GENERIC_UNITS and x.number not in {0, 1} for unit, x in _counts_alike(a, b, equal, digits=True))


def _counts_alike(a: Claim, b: Claim, equal: list[tuple[Value, Value]], *, digits: bool = False) -> list[tuple[str, Value]]:
    """(unit, figure) of the figures the two claims state alike as a count of one thing (not a span of time:
    "for the 90 days" and "every 90 days" are two facts); with `digits`, only counts written in digits."""
    out = []
    for x, y in equal:
        unit = quantity_unit(a, x)
        if unit is not None and unit not in _SPANS_OF_TIME and unit == quantity_unit(b, y) \
                and (not digits or any(ch.isdigit() for ch in x.text + y.text)):
            out.append((unit, x))
    return out


_SPANS_OF_TIME = {"secon", "minut", "hour", "day", "week", "month", "year", "time", "decad"}  # counted-noun keys, of many things


def _best_same_speaker(claims: list[Claim], pairs: list[Pair], resolution: Resolution) -> dict[tuple[int, str], int]:
    """For each claim, its closest claim in meaning by the same speaker in each other source."""
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for p in pairs:
        speaker = _speaker_of(claims[p.a], resolution)
        if speaker is None or speaker != _speaker_of(claims[p.b], resolution):
            continue
        for x, y in ((p.a, p.b), (p.b, p.a)):
            key = (x, claims[y].source)
            if key not in best or p.meaning > best[key][0]:
                best[key] = (p.meaning, y)
    return {k: v[1] for k, v in best.items()}


def _alike(a: Claim, b: Claim, p: Pair, src: dict[str, Source], resolution: Resolution,
           equal: list[tuple[Value, Value]], mutual: bool = False) -> bool:
    """The two state at least one argument of one event alike: a day or a
    quantity of the same kind of event, or the same participants; or they
    say nearly the same words. One speaker's statements are alike only as a
    near paraphrase: the same person speaks on many occasions."""
    if a.negated != b.negated:
        return False  # one says it happened, the other that it did not: never one fact two outlets agree on
    verdicts = {_verdict(a), _verdict(b)}
    if _opposite_verbs(a, b) or _opposite_words(a, b) or verdicts == {"convicted", "acquitted"} \
            or _refused_yet_done(a, b) or _refused_yet_done(b, a) \
            or _called_off_or_held(a, b) is not None \
            or _decided_both_ways(a, b, equal) is not None:  # "had declined to approve" vs "had approved"; "called off" vs "went ahead"
        return False  # "the euro rose against the dollar", "fell against the yen": opposite moves are no fact in common
    if _other_people(a, b, resolution):
        return False  # "a 20-13 win on another Andrew Luck drive" vs "Peyton Manning completed 29-of-34 passes": two games
    same_kind = a.predicate is not None and a.predicate == b.predicate
    da, db = event_date(a), event_date(b)
    day_a, day_b = da is not None and da.granularity == "day", db is not None and db.granularity == "day"
    if same_kind and a.predicate not in lx.UNIQUE_PREDICATES and day_a != day_b \
            and not _published_after(db if day_a is False else da, src[a.source if day_a is False else b.source]):
        return False  # a recurring kind of event dated on one side only: which occasion is unknown
    if _undated_months_apart(a, b, src) and not _named_in_common(a, b, resolution) \
            and not any(x.number not in {0, 1} for x, _ in equal):
        # no date, articles months apart, and nobody named or figure stated alike ("Police said the bombers came from
        # the North Caucasus", "The acquisition is expected to close by the end of the year"): a sentence true of
        # many occasions; a follow-up restating the fact names who or how many ("A .38-caliber revolver was recovered")
        return False
    owners = [(_player_of(a, x, resolution), _player_of(b, y, resolution)) for x, y in equal]
    if owners and all(oa and ob and oa != ob for oa, ob in owners):
        return False  # "The Colts scored 17 points against the Texans", "Tyler Smith scored 17 points against the Texans"
    if p.basis == "paraphrase":
        return True
    speaker_a, speaker_b = _speaker_of(a, resolution), _speaker_of(b, resolution)
    if speaker_a is not None and speaker_a == speaker_b:
        # one person speaks on many occasions: alike only when each is the
        # other's closest statement of that speaker in the other outlet
        return mutual and p.meaning >= SAME_STATEMENT and p.score >= same_speaker_threshold()
    if same_kind and date_relation(da, db) in {SAME, COMPATIBLE} and da is not None and da.granularity == "day" \
            and db is not None and db.granularity == "day":
        return True
    # not "the two countries", not "every 90 days"; a quake's magnitude only of quakes dated alike or both undated:
    # look-alike quakes of one region share one ("a magnitude of 6.1 struck southern Iran in September" vs "The
    # 6.1-magnitude quake struck Qeshm island")
    dated_alike = (da is None and db is None) or date_relation(da, db) in {SAME, COMPATIBLE} and da is not None and db is not None
    counts = [(unit, x) for unit, x in _counts_alike(a, b, equal, digits=True) if unit != "magni" or dated_alike]
    if len(counts) == 1 and _players_figure(a, counts[0][1]) and not _named_things(a, resolution) & _named_things(b, resolution) \
            and not _capitalised(a.text) & _capitalised(b.text):
        counts = []  # "the Colts scored 17 points", "Tyler Smith added 17 points": one player's or side's figure needs its owner
    if counts and (same_kind or len(counts) >= 2 or any(unit not in _COMMON_COUNTS and not _players_figure(a, x) for unit, x in counts)
                   or _named_things(a, resolution) & _named_things(b, resolution) or _capitalised(a.text) & _capitalised(b.text)):
        return True  # "about 60 people" or "17 points" alike is no fact in common without more ("13 loaded magazines" is)
    tallies_a = {m.sides for m in match_scores(a) if m.final}
    if any(m.final and m.sides in tallies_a and (m.sides[0] >= 10 or same_kind) for m in match_scores(b)):
        return True  # "defeated the rebel motion by 297 votes to 117" vs "It was defeated by 297 votes to 117"
    if {a.predicate, b.predicate} <= ONE_OFF_EVENTS and date_relation(da, db) == SAME and day_a and day_b \
            and any(quantity_unit(a, x) in RUNNING_COUNTS and quantity_unit(a, x) == quantity_unit(b, y) and x.number >= 1
                    for x, y in equal) \
            and (_a_place_in_common(a, b) or _small_places(a.text) & _small_places(b.text)):
        return True  # "A bridge collapsed in Medellin on Friday, killing three people" vs "Three people died when a
        # footbridge in Medellin gave way on Friday": one toll of one disaster, in one place on one day
    return _same_participants(a, b, src, resolution)


_BOUND_PHRASES = "|".join(sorted(map(re.escape, lx.NUMBER_BOUNDS), key=len, reverse=True))  # "for about 30 days"
_OFFSET = re.compile(r"^\s*[\w-]+\s+(?:after|before|later|earlier|ago|since|prior)\b", re.I)


def _offset(c: Claim, v: Value) -> bool:
    """A span of time that dates a step from another ("12 days after the shooting", "three weeks ago"), not one that
    lasts ("jailed for 30 days after the crash")."""
    rel = v.start - c.start
    after = c.text[rel + len(v.text):rel + len(v.text) + 40]
    # lasting: "for 30 days", "sentenced to 25 years", "served 20 years", "the ceasefire held 5 days" (not "was held 3 days after")
    return bool(_OFFSET.match(after)) \
        and not re.search(r"(?:\bfor|\bsentenced to|\bserved|\bserving|\blasted|\blasting|\bspent|\bspending|\bjailed|\bimprisoned|"
                          r"(?<!was )(?<!were )(?<!been )(?<!be )\bheld)"
                          r"(?:\s+(?:" + _BOUND_PHRASES + r"))?\s*$", c.text[max(0, rel - 30):rel], re.I)


_TAKING = r"(?:(?:captur|seiz|intercept|rescu|arrest|detain|recover|apprehend|confiscat|haul)\w*|freed|found)"  # not "founded"
_LIST_ITEM = rf"(?:(?:\d[\d,.]*|an?|{'|'.join(sorted(lx.NUMBER_WORDS))})\s+(?:[\w'’-]+\s+){{0,4}}?[\w'’-]+" \
             r"(?:,\s+and\s+|,\s+|\s+and\s+))"  # "40 kilograms of cocaine and ": an item before, no verb in it
_TAKEN_BEFORE = re.compile(rf"\b{_TAKING}\s+(?:(?:[\w'’-]+\s+){{0,4}}?(?:included|includes|include|including|comprised|numbered)\s+)?"
                           rf"{_LIST_ITEM}*(?:(?:the|a|an|all|{_BOUND_PHRASES})\s+)*$", re.I)
_FIRST_PASSIVE = re.compile(r"^[^.;:]*?\b(?:were|was|have\s+been|has\s+been|had\s+been|being|got)\s+(?:\w+ly\s+)?(\w+)", re.I)
_TAKEN_WORD = re.compile(rf"^{_TAKING}$", re.I)
_NEVER_TAKEN = {"percent", "cents", "point", "points", "goal", "goals", "vote", "votes", "seat", "seats", "share", "shares"}


def _taken(c: Claim, v: Value) -> bool:
    """The figure counts people or things captured, seized, rescued or arrested ("captured three boats", "26
    pirates were detained", "seized 40 kilograms of cocaine and 12 handguns"): often a part of all there were ("a
    five-boat attack"), so such a count against another is no figure said two ways unless both are of what was taken.
    Not a share, a sum or a score ("captured 54 percent of the vote", "recovered 3 percent")."""
    unit = quantity_unit(c, v) or ""
    if _is_age(unit) or unit in _NEVER_TAKEN or unit.split()[-1:] and unit.split()[-1] in _NEVER_TAKEN \
            or any(m.start == v.start for m, _u, _k in _money(c)):
        return False
    rel = v.start - c.start
    return bool(_TAKEN_BEFORE.search(c.text[max(0, rel - 100):rel])
                # the first passive after it, across the rest of a list ("Seven AK-47s, three other rifles, ...
                # and grenades were found"; not "12 people were injured and police arrested ...")
                or ((m := _FIRST_PASSIVE.match(c.text[rel + len(v.text):rel + len(v.text) + 160])) is not None
                    and _TAKEN_WORD.match(m.group(1)) is not None))


_GAP_WORD = r"(?!(?:in|on|at|of|for|with|by|to|from|as|after|before|during|when|while|and|but|or|than)\b)[\w$€£.'’-]+,?"
_WHOSE = re.compile(rf"^[\w'’-]*,?\s*(?:{_GAP_WORD}\s+){{0,6}}?(?:that|which)\s+((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)\s+"
                    r"(?:had\s+|has\s+|have\s+|once\s+|previously\s+)?(?:got|gotten|received|signed|earned|won|scored|set|"
                    r"landed|inked|secured|took|paid|made)\b")


def _someone_elses(c: Claim, v: Value, other: Claim) -> bool:
    """The figure is of a thing a relative clause gives to someone the other claim does not name ("the four-year,
    $90 million deal that Torii Hunter got", "the record 61 points that Jordan scored"): a figure to measure by,
    not one of the event both claims tell."""
    rel = v.start - c.start
    m = _WHOSE.match(c.text[rel + len(v.text):rel + len(v.text) + 120])
    if m is None or m.group(1).split()[0].lower() in lx.FUNCTION_WORDS | lx.PRONOUNS:
        return False
    at = rel + len(v.text) + m.start(1) + c.start  # a person, as the tagger reads it: a team or a city may be the
    # other's doer under another name ("New York paid" vs "The Yankees paid")
    person = any(p.kind == "person" and p.start <= at < p.end for p in c.values)
    return person and not _named_words(m.group(1), other.text)


def _players_figure(c: Claim, v: Value) -> bool:
    """A player's figure in a game ("269 yards" rushing, "15 points"): a player's statistic counted, in a
    claim about sport; not "200 yards from the embassy", "500 complaints" or an index's points."""
    rel = v.end - c.start
    counted = re.findall(r"[a-z]+", c.text[rel:rel + 40].lower())[:3]
    return any(w in lx.PLAYER_STATS for w in counted) and not names_an_index(c.text) \
        and (c.predicate == "sports" or bool(_SPORTS_CONTEXT.search(c.text)))


_DONE_TO = re.compile(r"\b(?:to|from|by|for|against|past|over|with|of|at|on|into|toward|towards|hit|hits|found|finds|beat|beats|"
                      r"defeated|tackled|sacked|fouled|guarded|guarding|replaced|replacing|hitting|finding|outscored|edged|"
                      r"intercepted|picked off|blocked|stopped)\s+(?:[a-z]+\s+)?$")  # "intercepted quarterback David Garrard's pass"


_NO_OWNER_UNITS = {unit_key(w) for w in (*lx.TOLL_NOUNS, "people", "fans", "spectators")}  # counts of people are nobody's figures


def _player_of(c: Claim, v: Value, resolution: Resolution) -> str | None:
    """The entity a figure of a claim about sport belongs to: the last player or side named before it ("Manning then
    threw a 41-yard touchdown pass": Manning's; "a pass to Wayne" is not Wayne's); None outside sport, where who is
    named first is seldom whose figure it is."""
    stats = {w for w in re.findall(r"[a-z]+", c.text.lower()) if w in lx.PLAYER_STATS}
    if not (c.predicate == "sports" or stats) or names_an_index(c.text) or quantity_unit(c, v) in _NO_OWNER_UNITS:
        return None
    before = [w for w in c.values if w.kind in {"person", "organisation"} and w.end <= v.start and w.norm != c.speaker]
    for w in sorted(before, key=lambda w: w.start, reverse=True):
        # a doer, first in its clause, not one done to ("hit Reggie Wayne", "a pass from Luck", "guarded by Holiday")
        lead = c.text[max(0, w.start - c.start - 30):w.start - c.start]
        # "Rodney Buford's scoring record of 2,106": the figure in the possessed phrase, not "Garrard's pass and raced in from 35 yards"
        possessive = c.text[w.end - c.start:w.end - c.start + 2] in {"'s", "’s"} \
            and len(c.text[w.end - c.start + 2:v.start - c.start].split()) <= 4 and "," not in c.text[w.end - c.start:v.start - c.start]
        if not possessive and _DONE_TO.search(lead):
            continue
        entity = resolution.id_of(c.source, w.norm)
        if entity is not None:
            return entity
    return None


def _capitalised(text: str) -> set[str]:
    """Capitalised words, names the tagger may have missed ("Garrard completed 28 passes")."""
    return {w.lower() for w in re.findall(r"\b[A-Z][a-z]{2,}\b", text)} - lx.FUNCTION_WORDS


def _other_people(a: Claim, b: Claim, resolution: Resolution) -> bool:
    """Both claims name people besides who says so and those they share, and neither names the other's: of
    two occasions or two deeds, or one deed two outlets give to two people, whatever the words in common."""
    people = []
    for c in (a, b):
        speaker = _speaker_of(c, resolution)
        # a titled person ("police spokesman John Smith was quoted as saying") is often who gives the fact
        titled = {resolution.id_of(c.source, v.holder) for v in c.of_kind("role") if v.holder}
        found = {(e, resolution.name_of(e)) for e in resolution.of_claim(c, ("person",), in_roles=False)
                 if e != speaker and e not in titled}
        people.append(found)
    (pa, pb) = people
    common = {e for e, _ in pa} & {e for e, _ in pb}
    # beside the people both name, each names one the other does not ("beat Boise 2-1, with Whitfield heading home
    # the winner" vs "beating Boise 2-1 on a goal by Arriaga"): who did it is in dispute, or two deeds are told
    only_a = {(e, n) for e, n in pa if e not in common and not _named_words(n, b.text)}
    only_b = {(e, n) for e, n in pb if e not in common and not _named_words(n, a.text)}
    spelled_alike = any(_skeleton(x) == _skeleton(y) for _, x in only_a for _, y in only_b)  # "Mouleff" and "Muliff"
    return bool(only_a and only_b and not spelled_alike)


def _skeleton(name: str) -> str:
    """A surname's consonants, doubles once: one name transliterated two ways ("Mouleff", "Muliff": "mlf"),
    not two names ("Harris", "Harrison"; "Thomas", "Thompson")."""
    words = lx.fold(name).split() or [""]
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]|[aeiouy]", "", words[-1]))


_STORM = re.compile(r"\b(?:Super\s+Typhoon|Typhoon|Hurricane|Cyclone|Tropical\s+Storm|Storm)\s+([A-Z][a-z]+)\b(?!\s+missiles?)")
_LANDFALL = re.compile(r"\b(?:made|makes|making)\s+landfall\b|\b(?:came|comes|slammed|swept|roared|crashed)\s+ashore\b|"
                       r"\b(?:slammed|smashed|barrel+ed|crashed)\s+into\b", re.I)


def _storms(c: Claim) -> set[str]:
    """The named storms whose landfall a claim tells ("Typhoon Ramil made landfall in ..."): a storm makes one
    landfall at a time, while it kills and floods in many places ("Storm Shadow missiles" are none)."""
    return {m[1] for m in _STORM.finditer(c.text)} if _LANDFALL.search(c.text) else set()


def _lede_people(c: Claim, clauses_of: dict[tuple[str, int], list[Claim]], resolution: Resolution) -> frozenset[str]:
    """The people an article's first sentence tells of, also when the next sentence opens with their name ("The former
    manager of the company ... went on trial on Monday. Luc Marchand, 52, denies ..."; not "Police spokesman Abdifatah
    Aden said", an official of many stories); none for a later sentence."""
    if c.sentence != 0:
        return frozenset()
    people = set().union(*(resolution.of_claim(x, ("person",), in_roles=False) for x in clauses_of.get((c.source, 0), ())))
    for x in clauses_of.get((c.source, 1), ())[:1]:  # the name the next sentence opens with, as its subject
        holders = {v.holder for v in x.of_kind("role") if v.holder}
        first = next((v for v in x.of_kind("person") if v.start == x.start), None)
        if first is not None and first.norm not in holders and first.text not in holders and x.speaker not in {first.text, first.norm}:
            people |= {e for e in resolution.of_claim(x, ("person",), in_roles=False) if resolution.id_of(x.source, first.norm) == e}
    return frozenset(people)


def _shared_people(a: Claim, b: Claim, resolution: Resolution) -> frozenset[str]:
    return resolution.of_claim(a, ("person",), in_roles=False) & resolution.of_claim(b, ("person",), in_roles=False)


def _published_after(dated: Value | None, undated_source: Source) -> bool:
    """The undated claim's article appeared on or within a week after the
    other's date: the occasion it reports can be that one."""
    if dated is None or dated.earliest is None or undated_source.published is None:
        return False
    gap = (undated_source.published.date() - dated.earliest).days
    return 0 <= gap <= NEAR_DAYS


def _same_participants(a: Claim, b: Claim, src: dict[str, Source], resolution: Resolution) -> bool:
    """Two named participants in common, or one and the same place, and no
    more than as many different ones: a meeting with someone else is another."""
    speakers = {resolution.id_of(a.source, a.speaker), resolution.id_of(b.source, b.speaker)}
    pa, pb = resolution.of_claim(a, in_roles=False) - speakers, resolution.of_claim(b, in_roles=False) - speakers
    shared = pa & pb
    people = resolution.of_claim(a, ("person",), in_roles=False) & resolution.of_claim(b, ("person",), in_roles=False)
    if not (shared & people) or len(shared) / len(pa | pb) < 0.5:
        return False
    places_a, places_b = event_places(a, src[a.source].text), event_places(b, src[b.source].text)
    return any(place_relation(x.norm, y.norm) in {SAME, COMPATIBLE} for x in places_a for y in places_b)


def _shared_values(group: list[Claim], resolution: Resolution) -> tuple[str, list[str | None], float]:
    """The most specific aspect the claims state alike, each claim's value for
    it, and the share of the aspects stated by two claims or more that match."""
    checks, matched = 0, 0
    aspect, values = "other", [None] * len(group)
    dates = [event_date(c) for c in group]
    stated = [d for d in dates if d is not None]
    if len(stated) >= 2:
        checks += 1
        if all(date_relation(stated[0], d) in {SAME, COMPATIBLE} for d in stated[1:]):
            matched += 1
            aspect, values = "date", [_date_text(d) if d else None for d in dates]
    numbers = [c.of_kind("number") for c in group]
    if sum(1 for n in numbers if n) >= 2:
        checks += 1
        firsts = [n for n in numbers if n]
        if all(any(same_unit(x, y) and number_relation(x, y) in {SAME, COMPATIBLE} for x in firsts[0] for y in ns) for ns in firsts[1:]):
            matched += 1
    people = [resolution.of_claim(c, ("person",), in_roles=False) for c in group]
    if sum(1 for p in people if p) >= 2:
        checks += 1
        common = frozenset.intersection(*[p for p in people if p])
        if common:
            matched += 1
            if aspect == "other":
                aspect = "person"
                names = ", ".join(sorted(resolution.name_of(e) for e in common))
                values = [names if p else None for p in people]
    support = matched / checks if checks else 0.5
    return aspect, values, support


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _single_source(unreported: list[Claim], pairs: list[Pair], claims: list[Claim], src: dict[str, Source]) -> list[Finding]:
    """Claims with values that no other outlet's claim states alike or
    contradicts; confidence: one minus the best P(same event) of another outlet's claim."""
    best: dict[str, float] = defaultdict(float)
    for p in pairs:
        best[claims[p.a].id] = max(best[claims[p.a].id], p.score)
        best[claims[p.b].id] = max(best[claims[p.b].id], p.score)
    out = []
    for c in unreported:
        if not any(v.kind in {"date", "number", "person", "organisation", "place"} for v in c.values):
            continue
        out.append(_finding("single_source", "other", 1.0 - best.get(c.id, 0.0),
                            f"Only {_outlet(src[c.source])}: {_short(c.text)}", [(c, None)]))
    return out

