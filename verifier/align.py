"""Stage 4: pair claims of different sources that say the same thing.

A pair's score mixes three signals, each computed in bulk:
- meaning: cosine of all-MiniLM-L6-v2 embeddings, of the whole claim and of
  its parts (clauses split at commas, quotes, "and", "that"), the best of them;
- wording: TF-IDF cosine over stemmed words, weighted by how rare a word is in
  this run (so "perpetrators" counts more than "Iran");
Text similarity alone cannot tell two reports of one event from two events of
one story, so a pair is aligned on one of three bases:
- paraphrase: the meanings are nearly the same;
- same event: the same kind of event (meeting, signing, killing...) with a
  shared participant or the same day, and dates that allow one event;
- same speaker: the same person's statements, each the other's closest match.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from .embed import Embedder
from .entities import Resolution
from .lexicon import UNIQUE_PREDICATES
from .records import Claim, Value
from .values import COMPATIBLE, DIFFERENT, SAME, date_relation, event_date, event_places, place_relation

W_MEANING, W_WORDING = 0.6, 0.4
MIN_SIMILARITY = 0.45  # below this, two claims are not compared at all
PARAPHRASE = 0.85  # meaning this close aligns two claims on its own
SAME_PARTICIPANTS = 0.5  # Jaccard of named participants for "the same event"
_EARLIER = re.compile(r"\b(previously|formerly|in the past|on an earlier|at an earlier)\b", re.I)
_STOP = set(
    "the a an of and to in on at for by with from as is was were be been has have had that this which it its "
    "their his her will would said says added also he she they we our there who whom what not".split()
)


@dataclass(frozen=True, slots=True)
class Pair:
    a: int
    b: int
    score: float  # text similarity in 0..1
    meaning: float
    wording: float
    basis: str  # paraphrase | same event | same speaker


def _stems(text: str) -> list[str]:
    return [w[:6] for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 2]


def parts(text: str) -> list[str]:
    """Clause-sized parts of a claim, for part-to-part similarity."""
    pieces = re.split(r",|;|:|\"|“|”|\band\b|\bthat\b|\bwhich\b|\bwhile\b", text)
    pieces = [p.strip(" \"“”,.:") for p in pieces]
    return [p for p in pieces if _is_content(p)]


def _is_content(piece: str) -> bool:
    """A part worth comparing: six words or more, mostly not names or titles."""
    words = piece.split()
    lower = [w for w in words if w[:1].islower() and w.lower() not in _STOP]
    return len(words) >= 6 and len(lower) >= 3 and len(lower) >= 0.4 * len(words)


def anchor_sets(claims: list[Claim], resolution: Resolution) -> list[frozenset[str]]:
    out = []
    for c in claims:
        keys = set(resolution.of_claim(c))
        speaker = resolution.id_of(c.source, c.speaker)
        if speaker:
            keys.add(speaker)
        if c.predicate:
            keys.add("event:" + c.predicate)
        out.append(frozenset(keys))
    return out


def score_matrix(claims: list[Claim], resolution: Resolution, embedder: Embedder, progress=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(meaning, wording, anchors) matrices over all claims."""
    n = len(claims)
    texts = [c.text for c in claims]
    part_texts, owner = [], []
    for i, t in enumerate(texts):
        for p in parts(t):
            part_texts.append(p)
            owner.append(i)
    vectors = embedder.encode(texts + part_texts, progress=progress)
    full, pv = vectors[:n], vectors[n:]
    meaning = full @ full.T
    if len(pv):
        owner_arr = np.array(owner)
        sub = pv @ pv.T
        # best part-to-part cosine per claim pair: reduce rows then columns
        by_row = np.full((n, len(pv)), -1.0, dtype=np.float32)
        np.maximum.at(by_row, owner_arr, sub)
        best = np.full((n, n), -1.0, dtype=np.float32)
        np.maximum.at(best.T, owner_arr, by_row.T)
        meaning = np.maximum(meaning, best - 0.05)  # parts are short: discount a little
    wording = _tfidf_cosine(texts)
    anchors = _jaccard(anchor_sets(claims, resolution))
    return meaning, wording, anchors


def _tfidf_cosine(texts: list[str]) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not any(_stems(t) for t in texts):
        return np.zeros((len(texts), len(texts)))
    matrix = TfidfVectorizer(analyzer=_stems, sublinear_tf=True).fit_transform(texts)
    return (matrix @ matrix.T).toarray()


def _jaccard(sets: list[frozenset[str]]) -> np.ndarray:
    vocab = sorted(set().union(*sets)) if sets else []
    if not vocab:
        return np.zeros((len(sets), len(sets)))
    col = {k: i for i, k in enumerate(vocab)}
    m = np.zeros((len(sets), len(vocab)), dtype=np.float32)
    for i, s in enumerate(sets):
        m[i, [col[k] for k in s]] = 1
    inter = m @ m.T
    sizes = m.sum(axis=1)
    union = sizes[:, None] + sizes[None, :] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def align(claims: list[Claim], resolution: Resolution, embedder: Embedder, texts: dict[str, str], progress=None) -> list[Pair]:
    """Aligned cross-source claim pairs, best first (texts: source id -> text)."""
    n = len(claims)
    if n < 2:
        return []
    meaning, wording, _ = score_matrix(claims, resolution, embedder, progress=progress)
    similarity = W_MEANING * meaning + W_WORDING * wording
    sources = np.array([c.source for c in claims])
    similarity = np.where(sources[:, None] == sources[None, :], -1.0, similarity)
    speakers = [resolution.id_of(c.source, c.speaker) for c in claims]
    participants = [resolution.of_claim(c, in_roles=False) - {speakers[i]} for i, c in enumerate(claims)]
    dates = [event_date(c) for c in claims]
    earlier = [bool(_EARLIER.search(c.text)) for c in claims]
    best_same_speaker = _best_same_speaker(similarity, sources, speakers)
    pairs = []
    for i, j in zip(*np.nonzero(np.triu(similarity >= MIN_SIMILARITY, 1))):
        a, b = claims[i], claims[j]
        relation = date_relation(dates[i], dates[j])
        same_event_kind = a.predicate is not None and a.predicate == b.predicate
        if same_event_kind and a.predicate not in UNIQUE_PREDICATES and (relation == DIFFERENT or earlier[i] != earlier[j]):
            continue  # a recurring event on another date, or "previously", is another event
        basis = None
        if meaning[i, j] >= PARAPHRASE:
            basis = "paraphrase"
        elif same_event_kind and (_same_participants(participants[i], participants[j], a, b, texts)
                                  or _specific(dates[i], dates[j], relation)):
            basis = "same event"
        elif speakers[i] and speakers[i] == speakers[j] and best_same_speaker.get((i, sources[j])) == j \
                and best_same_speaker.get((j, sources[i])) == i:
            basis = "same speaker"
        if basis:
            pairs.append(Pair(int(i), int(j), round(float(similarity[i, j]), 4), round(float(meaning[i, j]), 4),
                              round(float(wording[i, j]), 4), basis))
    pairs.sort(key=lambda p: (-p.score, p.a, p.b))
    return pairs


def _same_participants(pa: frozenset[str], pb: frozenset[str], a: Claim, b: Claim, texts: dict[str, str]) -> bool:
    """Two named participants in common, or one and the same place, and no
    more than as many different ones: a meeting with someone else is another."""
    shared = pa & pb
    if not shared or len(shared) / len(pa | pb) < SAME_PARTICIPANTS:
        return False
    if len(shared) >= 2:
        return True
    places_a = event_places(a, texts[a.source])
    places_b = event_places(b, texts[b.source])
    return any(place_relation(x.norm, y.norm) in {SAME, COMPATIBLE} for x in places_a for y in places_b)


def _specific(a: Value | None, b: Value | None, relation: str) -> bool:
    """Two day-precise dates that agree: enough to tie two reports of one event."""
    return relation in {SAME, COMPATIBLE} and a is not None and b is not None and a.day is not None and b.day is not None


def _best_same_speaker(similarity: np.ndarray, sources: np.ndarray, speakers: list[str | None]) -> dict[tuple[int, str], int]:
    """For each claim, its most similar claim by the same speaker in each other source."""
    best: dict[tuple[int, str], tuple[float, int]] = {}
    by_speaker = defaultdict(list)
    for i, s in enumerate(speakers):
        if s:
            by_speaker[s].append(i)
    for members in by_speaker.values():
        for i in members:
            for j in members:
                if sources[i] == sources[j]:
                    continue
                key = (i, str(sources[j]))
                if key not in best or similarity[i, j] > best[key][0]:
                    best[key] = (float(similarity[i, j]), j)
    return {k: v[1] for k, v in best.items()}
