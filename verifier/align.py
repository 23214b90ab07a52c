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


NEIGHBOURS = 10  # nearest claims (and claim parts) of other outlets each claim is compared with
EXACT_SEARCH_MAX = 20_000  # below this many vectors exact search is cheaper than an index
MAX_BLOCK = 200  # an entity or day named by more claims than this is too common to block on


def _neighbours(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(similarities, indices) of each vector's k nearest by inner product."""
    import faiss

    k = min(k, len(vectors))
    if len(vectors) <= EXACT_SEARCH_MAX:
        index = faiss.IndexFlatIP(vectors.shape[1])
    else:
        index = faiss.IndexHNSWFlat(vectors.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efSearch = 128
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index.search(np.ascontiguousarray(vectors, dtype=np.float32), k)


def _blocks(claims: list[Claim], resolution: Resolution) -> dict[str, list[int]]:
    """Claims grouped by a person or organisation they name or quote, or a day they date."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        keys = set(resolution.of_claim(c, in_roles=False))
        speaker = resolution.id_of(c.source, c.speaker)
        if speaker:
            keys.add("said-by:" + speaker)
        d = event_date(c)
        if d is not None and d.day is not None:
            keys.add(f"day:{d.month}-{d.day}")
        for k in keys:
            blocks[k].append(i)
    return blocks


def candidates(claims: list[Claim], resolution: Resolution, full: np.ndarray, part_vectors: np.ndarray,
               owner: np.ndarray) -> np.ndarray:
    """Cross-source claim pairs worth scoring, as an (m, 2) array with a < b.

    Nearest neighbours of every claim and every claim part, plus claims that
    share an entity or a day: about NEIGHBOURS pairs per claim, not n squared."""
    sources = np.array([c.source for c in claims])
    found: set[tuple[int, int]] = set()

    def add(a: np.ndarray, b: np.ndarray) -> None:
        keep = (a != b) & (sources[a] != sources[b])
        lo, hi = np.minimum(a[keep], b[keep]), np.maximum(a[keep], b[keep])
        found.update(zip(lo.tolist(), hi.tolist()))

    _, idx = _neighbours(full, NEIGHBOURS + 1)
    add(np.repeat(np.arange(len(full)), idx.shape[1]), idx.ravel())
    if len(part_vectors):
        _, pidx = _neighbours(part_vectors, NEIGHBOURS + 1)
        valid = pidx.ravel() >= 0
        add(np.repeat(owner, pidx.shape[1])[valid], owner[pidx.ravel()[valid]])
    for members in _blocks(claims, resolution).values():
        if 1 < len(members) <= MAX_BLOCK:
            m = np.array(members)
            a, b = np.meshgrid(m, m)
            add(a.ravel(), b.ravel())
    return np.array(sorted(found), dtype=np.int64).reshape(-1, 2)


def score_pairs(claims: list[Claim], resolution: Resolution, embedder: Embedder, progress=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(pairs, meaning, wording) for the candidate pairs, each text embedded once."""
    n = len(claims)
    texts = [c.text for c in claims]
    part_texts, owner = [], []
    for i, t in enumerate(texts):
        for p in parts(t):
            part_texts.append(p)
            owner.append(i)
    vectors = embedder.encode(texts + part_texts, progress=progress)
    full, part_vectors, owner_arr = vectors[:n], vectors[n:], np.array(owner, dtype=np.int64)
    pairs = candidates(claims, resolution, full, part_vectors, owner_arr)
    if not len(pairs):
        return pairs, np.zeros(0), np.zeros(0)
    a, b = pairs[:, 0], pairs[:, 1]
    meaning = np.einsum("ij,ij->i", full[a], full[b])
    by_claim: dict[int, np.ndarray] = {}
    for i in np.unique(owner_arr):
        by_claim[int(i)] = part_vectors[owner_arr == i]
    for k, (i, j) in enumerate(pairs.tolist()):
        if i in by_claim and j in by_claim:
            best = float((by_claim[i] @ by_claim[j].T).max()) - 0.05  # parts are short: discount a little
            meaning[k] = max(meaning[k], best)
    wording = _tfidf_pairs(texts, a, b)
    return pairs, meaning, wording


def _tfidf_pairs(texts: list[str], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not any(_stems(t) for t in texts):
        return np.zeros(len(a))
    matrix = TfidfVectorizer(analyzer=_stems, sublinear_tf=True).fit_transform(texts)
    return np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1)).ravel()


def align(claims: list[Claim], resolution: Resolution, embedder: Embedder, texts: dict[str, str], progress=None) -> list[Pair]:
    """Aligned cross-source claim pairs, best first (texts: source id -> text)."""
    if len(claims) < 2:
        return []
    pairs, meaning, wording = score_pairs(claims, resolution, embedder, progress=progress)
    similarity = W_MEANING * meaning + W_WORDING * wording
    speakers = [resolution.id_of(c.source, c.speaker) for c in claims]
    participants = [resolution.of_claim(c, in_roles=False) - {speakers[i]} for i, c in enumerate(claims)]
    dates = [event_date(c) for c in claims]
    earlier = [bool(_EARLIER.search(c.text)) for c in claims]
    best_same_speaker = _best_same_speaker(pairs, similarity, claims, speakers)
    out = []
    for k in np.nonzero(similarity >= MIN_SIMILARITY)[0]:
        i, j = int(pairs[k, 0]), int(pairs[k, 1])
        a, b = claims[i], claims[j]
        relation = date_relation(dates[i], dates[j])
        same_event_kind = a.predicate is not None and a.predicate == b.predicate
        if same_event_kind and a.predicate not in UNIQUE_PREDICATES and (relation == DIFFERENT or earlier[i] != earlier[j]):
            continue  # a recurring event on another date, or "previously", is another event
        basis = None
        if meaning[k] >= PARAPHRASE:
            basis = "paraphrase"
        elif same_event_kind and (_same_participants(participants[i], participants[j], a, b, texts)
                                  or _specific(dates[i], dates[j], relation)):
            basis = "same event"
        elif speakers[i] and speakers[i] == speakers[j] and best_same_speaker.get((i, b.source)) == j \
                and best_same_speaker.get((j, a.source)) == i:
            basis = "same speaker"
        if basis:
            out.append(Pair(i, j, round(float(similarity[k]), 4), round(float(meaning[k]), 4), round(float(wording[k]), 4), basis))
    out.sort(key=lambda p: (-p.score, p.a, p.b))
    return out


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


def _best_same_speaker(pairs: np.ndarray, similarity: np.ndarray, claims: list[Claim],
                       speakers: list[str | None]) -> dict[tuple[int, str], int]:
    """For each claim, its most similar candidate by the same speaker in each other source."""
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for k, (i, j) in enumerate(pairs.tolist()):
        if not speakers[i] or speakers[i] != speakers[j]:
            continue
        for x, y in ((i, j), (j, i)):
            key = (x, claims[y].source)
            if key not in best or similarity[k] > best[key][0]:
                best[key] = (float(similarity[k]), y)
    return {k: v[1] for k, v in best.items()}
