"""Stage 3: resolve the same person or organisation across spellings.

Two person names are one entity when their surnames are near-identical
spellings (rapidfuzz Jaro-Winkler) *and* their given names agree; a shared
given name alone never merges two people. A surname alone joins an entity
only when exactly one entity carries that surname. Roles are not identity:
they stay values of claims, judged at their time by `compare`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from . import lexicon as lx
from .records import Claim, Entity

SURNAME_SIMILARITY = 0.9
GIVEN_SIMILARITY = 0.85
_PARTICLES = lx.NAME_PARTICLES


def name_tokens(name: str) -> list[str]:
    """Folded tokens of a name: hyphens, apostrophes and spacing ignored."""
    key = re.sub(r"[’'`]", "", lx.fold(name))
    return [t for t in re.split(r"[\s\-\u00a0\u2010-\u2015.]+", key) if t]


def split_name(name: str) -> tuple[tuple[str, ...], str]:
    """(given names, surname) with particles ("al", "abu") set aside."""
    toks = name_tokens(name)
    while toks and toks[0] in lx.HONORIFICS:
        toks = toks[1:]
    if not toks:
        return (), ""
    surname = toks[-1]
    given = tuple(t for t in toks[:-1] if t not in _PARTICLES or t in {"abu", "abul", "abdul"})
    # "Abul Mahdi" and "Abu Mahdi" are one kunya
    given = tuple("abu" if t == "abul" else t for t in given)
    return given, surname


def same_person(a: str, b: str) -> bool:
    ga, sa = split_name(a)
    gb, sb = split_name(b)
    if not sa or not sb or JaroWinkler.similarity(sa, sb) < SURNAME_SIMILARITY:
        return False
    if not ga or not gb:
        # a surname alone is decided by uniqueness, not here; one with its particle or title only is one name when
        # written alike ("de Boer" and "de Boer", the tagger having taken "Milan" for the city)
        return not ga and not gb and name_tokens(a) == name_tokens(b)  # titles too: "Mr Smith" is not "Mrs Smith"
    if JaroWinkler.similarity(" ".join(ga), " ".join(gb)) >= GIVEN_SIMILARITY:
        return True
    shorter, longer = sorted((ga, gb), key=len)
    return all(JaroWinkler.similarity(x, y) >= SURNAME_SIMILARITY for x, y in zip(shorter, longer))


@dataclass(frozen=True, slots=True)
class Resolution:
    entities: tuple[Entity, ...]
    # (source id, normalised name) -> entity id
    ids: dict[tuple[str, str], str]

    def of_claim(self, claim: Claim, kinds: Iterable[str] = ("person", "organisation"), *, in_roles: bool = True) -> frozenset[str]:
        """Entities a claim names; without in_roles, not those only inside a title."""
        kinds = set(kinds)
        roles = [(v.start, v.end) for v in claim.values if v.kind == "role"] if not in_roles else []
        return frozenset(
            self.ids[(claim.source, v.norm)] for v in claim.values
            if v.kind in kinds and (claim.source, v.norm) in self.ids
            and not any(s <= v.start and v.end <= e for s, e in roles)
        )

    def id_of(self, source: str, name: str | None) -> str | None:
        return self.ids.get((source, name)) if name else None

    def name_of(self, entity_id: str) -> str:
        return next((e.name for e in self.entities if e.id == entity_id), entity_id)


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve(claims: Iterable[Claim]) -> Resolution:
    """Entities of all claims, people and organisations."""
    mentions: dict[tuple[str, str, str], Counter] = defaultdict(Counter)  # (type, source, norm) -> surfaces
    for c in claims:
        for v in c.values:
            if v.kind in {"person", "organisation"}:
                mentions[(v.kind, c.source, v.norm)][v.text] += 1
    keys = sorted(mentions)
    groups: list[list[int]] = []
    groups += _people([k for k in keys if k[0] == "person"], keys)
    groups += _organisations([k for k in keys if k[0] == "organisation"], keys)
    groups = _one_name_two_kinds(groups, keys)
    drafts = []
    for members in groups:
        surfaces: Counter = Counter()
        for i in members:
            surfaces.update(mentions[keys[i]])
            surfaces[keys[i][2]] += 0  # the article's full name is a variant too
        full = [s for s in surfaces if split_name(s)[0]] or list(surfaces)
        name = max(full, key=lambda s: (surfaces[s], len(s), s))
        variants = tuple(sorted(set(_clean(s) for s in surfaces)))
        srcs = tuple(sorted({keys[i][1] for i in members}))
        drafts.append((keys[members[0]][0], _clean(name), variants, srcs, members))
    drafts.sort(key=lambda d: (d[0] != "person", d[1].lower(), d[3]))
    entities, ids = [], {}
    for n, (etype, name, variants, srcs, members) in enumerate(drafts, 1):
        eid = f"e{n}"
        entities.append(Entity(eid, name, etype, variants, srcs))
        for i in members:
            ids[(keys[i][1], keys[i][2])] = eid
    return Resolution(tuple(entities), ids)


def _one_name_two_kinds(groups: list[list[int]], keys: list) -> list[list[int]]:
    """A name of two words or more the tagger calls a person in one article and an organisation in another ("Boca
    Juniors") is one entity: written alike, it is the tagger that wavers, not the world. The kind most mentions
    give wins (the first member's key decides it)."""
    by_name: dict[str, set[int]] = defaultdict(set)
    for g, members in enumerate(groups):
        for i in members:
            if len(name_tokens(keys[i][2])) >= 2:
                by_name[" ".join(name_tokens(keys[i][2]))].add(g)
    uf = _Union(len(groups))
    for gs in by_name.values():
        kinds = {keys[groups[g][0]][0] for g in gs}
        if len(kinds) == 2:
            first, *rest = sorted(gs)
            for g in rest:
                uf.union(first, g)
    merged: dict[int, list[int]] = defaultdict(list)
    for g, members in enumerate(groups):
        merged[uf.find(g)].extend(members)
    out = []
    for members in merged.values():
        counts = Counter(keys[i][0] for i in members)
        kind = max(counts, key=lambda k: (counts[k], k == "person"))
        out.append(sorted(members, key=lambda i: keys[i][0] != kind))  # the first member's kind is the entity's
    return out


def _clean(surface: str) -> str:
    return re.sub(r"[\s\u00a0]+", " ", surface).strip()


def _people(pkeys: list[tuple[str, str, str]], keys: list) -> list[list[int]]:
    index = {k: keys.index(k) for k in pkeys}
    full = [k for k in pkeys if len(name_tokens(k[2])) >= 2]
    lone = [k for k in pkeys if len(name_tokens(k[2])) < 2]
    uf = _Union(len(full))
    surnames = [split_name(k[2])[1] for k in full]
    if full:
        # candidate pairs in bulk: surnames close under Jaro-Winkler
        sim = process.cdist(surnames, surnames, scorer=JaroWinkler.normalized_similarity, workers=1)
        for i in range(len(full)):
            for j in range(i + 1, len(full)):
                if sim[i, j] >= SURNAME_SIMILARITY and same_person(full[i][2], full[j][2]):
                    uf.union(i, j)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i, k in enumerate(full):
        clusters[uf.find(i)].append(index[k])
    out = list(clusters.values())
    by_root_surname: dict[str, set[int]] = defaultdict(set)
    for i in range(len(full)):
        by_root_surname[surnames[i]].add(uf.find(i))
    roots = sorted({uf.find(i) for i in range(len(full))})
    for k in lone:
        _, surname = split_name(k[2])
        cands = {r for s, rs in by_root_surname.items() if JaroWinkler.similarity(s, surname) >= SURNAME_SIMILARITY for r in rs}
        if len(cands) == 1:
            out[roots.index(cands.pop())].append(index[k])
        else:
            out.append([index[k]])
    return out


def _organisations(okeys: list[tuple[str, str, str]], keys: list) -> list[list[int]]:
    by_key: dict[str, list[int]] = defaultdict(list)
    for k in okeys:
        by_key[" ".join(name_tokens(k[2]))].append(keys.index(k))
    groups = dict(by_key)
    # several long names sharing an acronym spell one organisation
    by_initials: dict[str, list[str]] = defaultdict(list)
    for k in list(groups):
        if len(k.split()) >= 3:
            by_initials[lx.initials(keys[groups[k][0]][2])].append(k)
    for members in by_initials.values():
        for k in members[1:]:
            groups[members[0]].extend(groups.pop(k))
    # an acronym joins the one long name whose initials it spells
    for short in [k for k in groups if len(k.split()) == 1]:
        surface = keys[groups[short][0]][2]
        if not surface.isupper():
            continue
        longs = [k for k in groups if len(k.split()) > 1 and lx.initials(keys[groups[k][0]][2]) == surface]
        if len(longs) == 1:
            groups[longs[0]].extend(groups.pop(short))
    return list(groups.values())
