"""Stage 4: pair claims of different sources that say the same thing.

Candidate pairs come from a nearest-neighbour search and from blocks of
claims sharing a person, speaker or day (see `candidates`). Each is scored in
bulk with features of meaning (all-MiniLM-L6-v2 cosine of the whole claims
and of their best-matching parts), wording (TF-IDF over stems, so a rare
shared word counts more than a country named everywhere), what one text says
that the other does not, differing numbers and a negation on one side; a
logistic model fitted on the MSRP training split turns them into the
probability that the two say the same thing (`similarity`).

Text similarity alone cannot tell two reports of one event from two events of
one story, so a pair above the gate is aligned on one of three bases:
- paraphrase: the meanings are nearly the same;
- same event: the same kind of event (meeting, signing, killing...) with the
  same named participants or the same day, and dates that allow one event;
- same speaker: the same person's statements, each the other's closest match
  in meaning.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .embed import Embedder
from .entities import Resolution
from .lexicon import UNIQUE_PREDICATES
from .records import Claim, Value
from .values import COMPATIBLE, DIFFERENT, SAME, date_relation, event_date, event_places, place_relation

FEATURES = ("cos", "part", "word", "tsr", "tso", "pr", "lenr", "jac", "big", "umax", "umin", "numx", "neg", "capj")
MODEL_FILE = Path(__file__).with_name("similarity.json")
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
    score: float  # P(the two claims say the same thing), 0..1
    meaning: float  # embedding cosine, whole claims or their best parts
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


@dataclass(frozen=True, slots=True)
class Embedded:
    """Vectors of texts and of their parts; text i's parts are parts[bounds[i]:bounds[i + 1]]."""

    full: np.ndarray
    parts: np.ndarray
    owner: np.ndarray
    bounds: np.ndarray


def embed_texts(texts: list[str], embedder: Embedder, progress=None) -> Embedded:
    """Every text and every part of it embedded in one batch, each distinct text once."""
    part_lists = [parts(t) for t in texts]
    vectors = embedder.encode(texts + [p for ps in part_lists for p in ps], progress=progress)
    owner = np.repeat(np.arange(len(texts)), [len(ps) for ps in part_lists]).astype(np.int64)
    bounds = np.searchsorted(owner, np.arange(len(texts) + 1))
    return Embedded(vectors[: len(texts)], vectors[len(texts):], owner, bounds)


def text_pair_features(texts: list[str], emb: Embedded, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(meaning, features) of the pairs (a[k], b[k]) of texts."""
    cos = np.einsum("ij,ij->i", emb.full[a], emb.full[b])
    part = cos.copy()
    for k, (i, j) in enumerate(zip(a.tolist(), b.tolist())):
        pi, pj = emb.parts[emb.bounds[i]:emb.bounds[i + 1]], emb.parts[emb.bounds[j]:emb.bounds[j + 1]]
        if len(pi) and len(pj):
            part[k] = max(part[k], float((pi @ pj.T).max()))
    meaning = np.maximum(cos, part - 0.05)  # parts are short: discount a little
    return meaning, pair_features([texts[i] for i in a], [texts[j] for j in b], cos, part, _tfidf_pairs(texts, a, b))


def score_pairs(claims: list[Claim], resolution: Resolution, embedder: Embedder, progress=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(pairs, meaning, similarity) for the candidate pairs, each text embedded once."""
    texts = [c.text for c in claims]
    emb = embed_texts(texts, embedder, progress=progress)
    pairs = candidates(claims, resolution, emb.full, emb.parts, emb.owner)
    if not len(pairs):
        return pairs, np.zeros(0), np.zeros(0)
    meaning, features = text_pair_features(texts, emb, pairs[:, 0], pairs[:, 1])
    return pairs, meaning, similarity(features)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_NEGATION = re.compile(r"\b(not|never|no|n't|cannot|nor)\b", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def pair_features(a_texts: list[str], b_texts: list[str], cos: np.ndarray, part: np.ndarray, word: np.ndarray) -> np.ndarray:
    """The features of FEATURES for text pairs, one row a pair: meaning (whole
    and best part), rare shared words, spelling overlap, what one text says
    that the other does not, differing numbers, a negation on one side only,
    shared names. Text-level parts are computed once per distinct text; the
    spelling ratios in bulk (rapidfuzz cpdist)."""
    from rapidfuzz import fuzz, process

    if not len(a_texts):
        return np.zeros((0, len(FEATURES)))
    ratios = [process.cpdist(a_texts, b_texts, scorer=scorer, workers=1) / 100
              for scorer in (fuzz.token_set_ratio, fuzz.token_sort_ratio, fuzz.partial_ratio)]
    info: dict[str, tuple] = {}
    for t in set(a_texts) | set(b_texts):
        st = _stems(t)
        info[t] = (len(st), set(st), set(zip(st, st[1:])), set(_NUMBER.findall(t)), bool(_NEGATION.search(t)),
                   set(_CAPITALISED.findall(t)))
    rows = np.empty((len(a_texts), 8))
    for k, (a, b) in enumerate(zip(a_texts, b_texts)):
        la, ua, ba, na, ga, ca = info[a]
        lb, ub, bb, nb, gb, cb = info[b]
        unsaid_a, unsaid_b = len(ua - ub) / max(1, len(ua)), len(ub - ua) / max(1, len(ub))
        rows[k] = (min(la, lb) / max(1, la, lb), len(ua & ub) / max(1, len(ua | ub)), len(ba & bb) / max(1, len(ba | bb)),
                   max(unsaid_a, unsaid_b), min(unsaid_a, unsaid_b), len(na ^ nb) / max(1, len(na | nb)), float(ga != gb),
                   len(ca & cb) / max(1, len(ca | cb)))
    return np.column_stack([cos, part, word, *ratios, rows])


@lru_cache(maxsize=1)
def similarity_model() -> dict:
    """The fitted weights (benchmarks/msrp.py --fit, on the MSRP training split)."""
    model = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    if tuple(model["features"]) != FEATURES:
        raise ValueError(f"{MODEL_FILE} was fitted on other features")
    return model


def similarity(features: np.ndarray) -> np.ndarray:
    """P(the two texts say the same thing), from the fitted logistic model."""
    m = similarity_model()
    z = (features - np.array(m["mean"])) / np.array(m["scale"]) @ np.array(m["coef"]) + m["intercept"]
    return 1 / (1 + np.exp(-z))


def min_similarity() -> float:
    """Below this, two claims are not compared: the probability that keeps
    95% of the pairs MSRP labels as the same claim."""
    return similarity_model()["gate"]


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
    pairs, meaning, similar = score_pairs(claims, resolution, embedder, progress=progress)
    speakers = [resolution.id_of(c.source, c.speaker) for c in claims]
    participants = [resolution.of_claim(c, in_roles=False) - {speakers[i]} for i, c in enumerate(claims)]
    dates = [event_date(c) for c in claims]
    earlier = [bool(_EARLIER.search(c.text)) for c in claims]
    # one person's statements cover several points: which of them matches is
    # a question of meaning (their parts), not of whole-sentence paraphrase
    best_same_speaker = _best_same_speaker(pairs, meaning, claims, speakers)
    out = []
    for k in np.nonzero(similar >= min_similarity())[0]:
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
            out.append(Pair(i, j, round(float(similar[k]), 4), round(float(meaning[k]), 4), basis))
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
