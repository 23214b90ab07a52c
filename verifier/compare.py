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
import itertools
from collections import defaultdict
from dataclasses import dataclass

from . import lexicon as lx
from .align import Pair
from .entities import Resolution
from .records import Claim, Evidence, Finding, Source, Value
from .values import (
    COMPATIBLE,
    DIFFERENT,
    SAME,
    date_relation,
    describe_interval,
    event_date,
    event_places,
    intervals_disjoint,
    number_relation,
    place_relation,
    same_unit,
)

KIND_ORDER = {"contradiction": 0, "uncertain": 1, "agreement": 2, "single_source": 3}


@dataclass(frozen=True, slots=True)
class _Conflict:
    aspect: str
    certain: bool
    values: tuple[str, str]
    what: str


def compare(sources: list[Source], claims: list[Claim], resolution: Resolution, pairs: list[Pair]) -> list[Finding]:
    src = {s.id: s for s in sources}
    findings: list[Finding] = []
    conflicted: set[tuple[int, int]] = set()
    seen_conflicts: set[tuple] = set()
    for p in pairs:
        a, b = claims[p.a], claims[p.b]
        for c in _conflicts(a, b, p, src, resolution):
            key = (c.aspect, frozenset({a.source, b.source}), c.values)
            conflicted.add((p.a, p.b))
            if key in seen_conflicts:
                continue
            seen_conflicts.add(key)
            kind = "contradiction" if c.certain else "uncertain"
            confidence = 0.5 * p.score + 0.5 * 1.0 if c.certain else p.score
            findings.append(_finding(kind, c.aspect, confidence, f"{c.what}: {c.values[0]} ({_outlet(src[a.source])}) vs "
                                     f"{c.values[1]} ({_outlet(src[b.source])})", [(a, c.values[0]), (b, c.values[1])]))
    findings.extend(_appointment_conflicts(claims, resolution, src))
    findings.extend(_agreements(claims, pairs, conflicted, src, resolution))
    findings.extend(_single_source(claims, pairs, src))
    findings.sort(key=lambda f: (KIND_ORDER[f.kind], -f.confidence, f.evidence[0].source, f.evidence[0].start, f.aspect))
    return findings


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


def _conflicts(a: Claim, b: Claim, p: Pair, src: dict[str, Source], resolution: Resolution) -> list[_Conflict]:
    """What two aligned claims disagree on, and whether the event is surely one."""
    out: list[_Conflict] = []
    da, db = event_date(a), event_date(b)
    relation = date_relation(da, db)
    unique = a.predicate in lx.UNIQUE_PREDICATES and a.predicate == b.predicate
    same_day = relation == SAME and da is not None and db is not None and da.granularity == db.granularity == "day"
    event = _event_name(a, b, resolution)
    # dates: an event that happens once cannot happen on two dates
    if relation == DIFFERENT and unique:
        out.append(_Conflict("date", bool(da and db and da.year_known and db.year_known), (_date_text(da), _date_text(db)), f"Date of {event}"))
    # places: two places for one event, unless one contains the other
    pa, pb = event_places(a, src[a.source].text), event_places(b, src[b.source].text)
    if pa and pb and not any(place_relation(x.norm, y.norm) in {SAME, COMPATIBLE} for x in pa for y in pb):
        if relation != DIFFERENT:
            values = (", ".join(sorted({x.norm for x in pa})), ", ".join(sorted({y.norm for y in pb})))
            out.append(_Conflict("place", same_day, values, f"Place of {event}"))
    # numbers of the same thing in the same kind of event
    if a.predicate == b.predicate and relation != DIFFERENT:
        for x in a.of_kind("number"):
            for y in b.of_kind("number"):
                if same_unit(x, y) and number_relation(x, y) == DIFFERENT:
                    out.append(_Conflict("number", same_day or unique, (_number_text(x), _number_text(y)), f"Number of {y.unit} in {event}"))
    # polarity: the same statement, once affirmed and once denied
    if a.negated != b.negated and p.meaning >= 0.8 and relation != DIFFERENT:
        certain = p.meaning >= 0.88  # the same sentence but for the negation
        values = ("negative" if a.negated else "affirmative", "negative" if b.negated else "affirmative")
        out.append(_Conflict("polarity", certain, values, "Whether it happened"))
    # person: one role held by two people at the same time
    for x in a.of_kind("role"):
        for y in b.of_kind("role"):
            if x.norm and x.norm == y.norm and x.holder and y.holder and x.qualifier is None and y.qualifier is None:
                hx, hy = resolution.id_of(a.source, x.holder), resolution.id_of(b.source, y.holder)
                if hx and hy and hx != hy and same_day:
                    out.append(_Conflict("person", True, (x.holder, y.holder), f"Who was {x.norm}"))
    return out


def _number_text(v: Value) -> str:
    bound = {"at_least": "at least ", "at_most": "at most ", "about": "about "}.get(v.bound or "", "")
    return f"{bound}{v.norm} {v.unit or ''}".strip()


def _event_name(a: Claim, b: Claim, resolution: Resolution) -> str:
    shared = resolution.of_claim(a, in_roles=False) & resolution.of_claim(b, in_roles=False)
    names = sorted(resolution.name_of(e) for e in shared)
    noun = {"meeting": "the meeting", "agreement": "the signing", "death": "the killing", "attack": "the attack",
            "appointment": "the appointment", "injury": "the injuries", "statement": "the condemnation"}.get(a.predicate or "", "the event")
    return f"{noun} of {' and '.join(names)}" if names else noun


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


def _agreements(claims: list[Claim], pairs: list[Pair], conflicted: set[tuple[int, int]], src: dict[str, Source],
                resolution: Resolution) -> list[Finding]:
    """Groups of aligned claims, at most one per source, with no conflict."""
    group_of: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    next_id = itertools.count()  # not len(members): merges free ids that must not be reused
    scores: dict[int, list[Pair]] = defaultdict(list)
    separate: list[Pair] = []  # pairs that say something other than their claims' groups
    for p in pairs:
        if (p.a, p.b) in conflicted:
            continue
        ga, gb = group_of.get(p.a), group_of.get(p.b)
        if ga is not None and ga == gb:
            scores[ga].append(p)
            continue
        sources_a = {claims[m].source for m in members[ga]} if ga is not None else set()
        sources_b = {claims[m].source for m in members[gb]} if gb is not None else set()
        if (ga is not None and claims[p.b].source in sources_a) or (gb is not None and claims[p.a].source in sources_b) \
                or (sources_a & sources_b):
            separate.append(p)
            continue
        if ga is None and gb is None:
            gid = next(next_id)
            members[gid] = [p.a, p.b]
            group_of[p.a] = group_of[p.b] = gid
        elif ga is not None and gb is None:
            members[ga].append(p.b)
            group_of[p.b] = ga
        elif gb is not None and ga is None:
            members[gb].append(p.a)
            group_of[p.a] = gb
        else:
            for m in members.pop(gb):
                group_of[m] = ga
                members[ga].append(m)
            scores[ga].extend(scores.pop(gb, []))
        scores[group_of[p.a]].append(p)
    groups = [(idx, scores[gid]) for gid, idx in members.items()] + [([p.a, p.b], [p]) for p in separate]
    out = []
    for idx, group_pairs in groups:
        group = sorted((claims[i] for i in idx), key=lambda c: (c.source, c.start))
        aspect, values, support = _shared_values(group, resolution)
        similarity = sum(p.score for p in group_pairs) / max(1, len(group_pairs))
        confidence = 0.5 * similarity + 0.5 * support
        outlets = ", ".join(_outlet(src[c.source]) for c in group)
        detail = f" ({aspect}: {values[0]})" if aspect != "other" and values and values[0] else ""
        summary = f"{outlets} agree{detail}: {_short(group[0].text)}"
        out.append(_finding("agreement", aspect, confidence, summary, [(c, v) for c, v in zip(group, values)]))
    return out


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


def _single_source(claims: list[Claim], pairs: list[Pair], src: dict[str, Source]) -> list[Finding]:
    aligned = {p.a for p in pairs} | {p.b for p in pairs}
    best: dict[int, float] = defaultdict(float)
    for p in pairs:
        best[p.a] = max(best[p.a], p.score)
        best[p.b] = max(best[p.b], p.score)
    out = []
    for i, c in enumerate(claims):
        if i in aligned:
            continue
        if not any(v.kind in {"date", "number", "person", "organisation", "place"} for v in c.values):
            continue
        out.append(_finding("single_source", "other", 1.0 - best.get(i, 0.0),
                            f"Only {_outlet(src[c.source])}: {_short(c.text)}", [(c, None)]))
    return out

