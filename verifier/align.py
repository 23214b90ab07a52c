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

Claims of two articles that tell two stories are never paired: each article
names several people, organisations or places, and no word of those names is
in the other ("He was sentenced to 12 years" in a Mafia trial and "He was
sentenced to 2 years" in a murder case).
"""

from __future__ import annotations

import calendar
import json
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import lexicon as lx
from .embed import Embedder
from .entities import Resolution
from .records import Claim, Value
from .values import (
    COMPATIBLE,
    DIFFERENT,
    GENERIC_UNITS,
    SAME,
    date_relation,
    days_apart,
    event_date,
    event_places,
    matched_quantities,
    place_relation,
    quantity_unit,
    saying_date,
)

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
    score: float  # P(the two claims report the same event), 0..1
    meaning: float  # embedding cosine, whole claims or their best parts
    basis: str  # paraphrase | same event | likely (the same event likely, not established)
    undated: float | None = None  # P(same event) with the two claims' dates left aside, when their dates differ


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
SMALL_SEARCH_MAX = 1_000  # below this many vectors a plain matrix product
EXACT_SEARCH_MAX = 20_000  # below this many vectors exact search is cheaper than an index
MAX_BLOCK = 200  # an entity or day named by more claims than this is too common to block on


def _neighbours(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(similarities, indices) of each vector's k nearest by inner product."""
    k = min(k, len(vectors))
    if len(vectors) <= SMALL_SEARCH_MAX:  # a matrix product beats building an index
        sims = vectors @ vectors.T
        idx = np.argsort(-sims, axis=1, kind="stable")[:, :k]
        return np.take_along_axis(sims, idx, axis=1), idx
    import faiss

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


def text_pair_features(texts: list[str], emb: Embedded, a: np.ndarray, b: np.ndarray,
                       blind_to_figures: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """(meaning, features) of the pairs (a[k], b[k]) of texts; with `blind_to_figures` the word and spelling
    features are taken over the texts with their figures masked (the same-event model's)."""
    cos = np.einsum("ij,ij->i", emb.full[a], emb.full[b])
    part = cos.copy()
    for k, (i, j) in enumerate(zip(a.tolist(), b.tolist())):
        pi, pj = emb.parts[emb.bounds[i]:emb.bounds[i + 1]], emb.parts[emb.bounds[j]:emb.bounds[j + 1]]
        if len(pi) and len(pj):
            part[k] = max(part[k], float((pi @ pj.T).max()))
    meaning = np.maximum(cos, part - 0.05)  # parts are short: discount a little
    words = [mask_figures(t) for t in texts] if blind_to_figures else texts
    return meaning, pair_features([words[i] for i in a], [words[j] for j in b], cos, part, _tfidf_pairs(words, a, b))


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
_FIGURE = re.compile(rf"\d[\d.,:]*\d|\d|\b(?:{'|'.join(sorted(lx.NUMBER_WORDS, key=len, reverse=True))})\b", re.I)


def mask_figures(text: str) -> str:
    """The text with every figure, in digits or words, masked: whether two claims tell one event is judged apart
    from their figures, which compare judges once the event is one ("injuring five people" and "injured two
    people" of one quake are no further apart in words than "injured five people" twice)."""
    return _FIGURE.sub("#", text)


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


def _fitted(path: Path, features: tuple[str, ...]) -> dict:
    """A fitted logistic model's weights, checked to be for these features."""
    model = json.loads(path.read_text(encoding="utf-8"))
    if tuple(model["features"]) != features:
        raise ValueError(f"{path} was fitted on other features")
    return model


def _logistic(m: dict, features: np.ndarray) -> np.ndarray:
    z = (features - np.array(m["mean"])) / np.array(m["scale"]) @ np.array(m["coef"]) + m["intercept"]
    return 1 / (1 + np.exp(-z))


@lru_cache(maxsize=1)
def similarity_model() -> dict:
    """The fitted weights (benchmarks/msrp.py --fit, on the MSRP training split)."""
    return _fitted(MODEL_FILE, FEATURES)


def similarity(features: np.ndarray) -> np.ndarray:
    """P(the two texts say the same thing), from the fitted logistic model."""
    return _logistic(similarity_model(), features)


def min_similarity() -> float:
    """Below this, two claims are not compared: the probability that keeps
    95% of the pairs MSRP labels as the same claim."""
    return similarity_model()["gate"]


def _tfidf_pairs(texts: list[str], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine of the TF-IDF vectors of stems of texts a[k] and b[k].

    The figures of scikit-learn's TfidfVectorizer(analyzer=_stems,
    sublinear_tf=True), the features the similarity model was fitted on, to
    the last bit: tf = 1 + ln(count), idf = ln((1 + n) / (1 + df)) + 1, rows
    scaled to unit length, and every sum taken in the order scikit-learn and
    scipy take it (a row's terms in the order they first occur in the whole
    collection; alphabetical order for pair products when every row of both
    sides is already alphabetical, the reverse of the first row's otherwise).
    Written out because
    importing scikit-learn takes longer than the rest of the stage.
    """
    vocabulary: dict[str, int] = {}
    columns: list[int] = []
    counts: list[int] = []
    bounds = [0]
    for text in texts:
        row: dict[int, int] = {}
        for stem in _stems(text):
            j = vocabulary.setdefault(stem, len(vocabulary))
            row[j] = row.get(j, 0) + 1
        for j in sorted(row):
            columns.append(j)
            counts.append(row[j])
        bounds.append(len(columns))
    if not columns:
        return np.zeros(len(a))
    cols = np.array(columns, dtype=np.intp)
    df = np.bincount(cols, minlength=len(vocabulary)).astype(np.float64) + 1.0
    idf = np.full_like(df, len(texts) + 1) / df
    np.log(idf, out=idf)
    idf += 1.0
    data = np.array(counts, dtype=np.float64)
    np.log(data, out=data)
    data += 1.0
    data *= idf[cols]
    rank = np.empty(len(vocabulary), dtype=np.intp)  # a term's place in alphabetical order
    rank[[vocabulary[t] for t in sorted(vocabulary)]] = np.arange(len(vocabulary))
    weights: list[dict[int, float]] = []
    ordered: list[bool] = []  # the row's terms already in alphabetical order
    for i in range(len(texts)):
        row_data = data[bounds[i]:bounds[i + 1]]
        square_sum = 0.0
        for x in row_data.tolist():
            square_sum += x * x
        if square_sum != 0.0:
            row_data /= np.sqrt(square_sum)
        row_cols = rank[cols[bounds[i]:bounds[i + 1]]].tolist()
        weights.append(dict(zip(row_cols, row_data.tolist())))
        ordered.append(all(x < y for x, y in zip(row_cols, row_cols[1:])))
    in_column_order = all(ordered[i] for i in a.tolist()) and all(ordered[j] for j in b.tolist())
    products: list[float] = []
    starts: list[int] = []
    nonempty: list[int] = []
    for k, (i, j) in enumerate(zip(a.tolist(), b.tolist())):
        wi, wj = weights[i], weights[j]
        terms = sorted(wi) if in_column_order else reversed(wi)
        found = [p for p in (wi[t] * wj[t] for t in terms if t in wj) if p != 0.0]
        if found:
            nonempty.append(k)
            starts.append(len(products))
            products.extend(found)
    out = np.zeros(len(a))
    if products:
        out[nonempty] = np.add.reduceat(np.array(products), starts)
    return out


EVENT_FEATURES = ("cos", "part", "word", "tsr", "jac", "umax", "umin", "type_same", "type_diff", "trigger",
                  "ent_jac", "ent_clash", "speaker", "date_same", "date_diff", "date_far", "place_same", "place_diff",
                  "num_same", "earlier", "lede")  # no "numbers differ": the figures are what compare judges, once the event is one
EVENT_MODEL_FILE = Path(__file__).with_name("same_event.json")
RECURRING = {"meeting", "sports", "attack", "statement"}  # kinds of event that happen again within days
_DATE_FEATURES = ("date_same", "date_diff", "date_far")
NEAR_DAYS = 7  # two dates of a recurring event further apart than this are two events
LEDE_SENTENCES = 3  # an article's first sentences tell its story


def lede_claims(claims: list[Claim]) -> list[int]:
    """Indexes of each source's claims in its first LEDE_SENTENCES sentences that hold claims; none of a source
    with fewer such sentences: its lede is all there is, the claims themselves, and tells no story of its own."""
    firsts: dict[str, list[int]] = defaultdict(list)
    for c in claims:
        seen = firsts[c.source]
        if c.sentence not in seen:
            seen.append(c.sentence)
    kept = {source: set(sorted(seen)[:LEDE_SENTENCES]) for source, seen in firsts.items() if len(seen) >= LEDE_SENTENCES}
    return [k for k, c in enumerate(claims) if c.sentence in kept.get(c.source, ())]


def lede_vectors(claims: list[Claim], full: np.ndarray) -> dict[str, np.ndarray]:
    """Each source's lede as one vector: the mean of its claims in its first sentences (`lede_claims`; `full` holds
    the vectors of `claims`). Two claims of one event mostly come from articles that open on one story, two
    look-alike events (two quakes in Iran, two rehab check-ins) from articles that open on two: on ECB+ 1-35 the
    ledes' cosine raised the same-event model's out-of-fold pairwise F1 from 66.5 to 69.8."""
    rows: dict[str, list[int]] = defaultdict(list)
    for k in lede_claims(claims):
        rows[claims[k].source].append(k)
    out = {}
    for source, ks in rows.items():
        mean = full[ks].mean(axis=0)
        norm = float(np.linalg.norm(mean))
        out[source] = mean / norm if norm else mean
    return out


def lede_similarity(claims: list[Claim], ledes: dict[str, np.ndarray], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine of the ledes of the articles of each pair's two claims; unknown (NaN: the model's mean, no weight
    either way) when one article is too short to have a lede."""
    out = np.full(len(a), np.nan)
    for k, (i, j) in enumerate(zip(a.tolist(), b.tolist())):
        x, y = ledes.get(claims[i].source), ledes.get(claims[j].source)
        if x is not None and y is not None:
            out[k] = float(x @ y)
    return out


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the same-event decision needs of one claim, computed once."""

    type: str | None
    lemma: str
    entities: frozenset[str]
    speaker: str | None
    date: Value | None
    places: tuple[str, ...]
    earlier: bool


def _facts(claims: list[Claim], resolution: Resolution, texts: dict[str, str]) -> list[_Facts]:
    out = []
    for c in claims:
        speaker = resolution.id_of(c.source, c.speaker)
        frame = c.frame
        if frame is not None and frame.type == "other":
            # the model was fitted on frames of the event inventory: a verb outside it gives no trigger, place or time
            c = replace(c, frame=replace(frame, lemma="", trigger="", arguments=tuple(a for a in frame.arguments if a.role == "quantity")))
            frame = c.frame
        lemma = (frame.lemma or frame.trigger).lower() if frame is not None else ""
        places = tuple(sorted({v.norm for v in _frame_values(c, "place") or event_places(c, texts.get(c.source, ""))}))
        out.append(_Facts(c.predicate, lemma, resolution.of_claim(c, in_roles=False) - {speaker}, speaker, event_date(c),
                          places, bool(_EARLIER.search(c.text))))
    return out


def _frame_values(c: Claim, role: str) -> tuple[Value, ...]:
    return c.frame.of_role(role) if c.frame is not None else ()


def event_features(claims: list[Claim], facts: list[_Facts], a: np.ndarray, b: np.ndarray, text_features: np.ndarray,
                   lede: np.ndarray) -> np.ndarray:
    """The features of EVENT_FEATURES for claim pairs (a[k], b[k]): text
    similarity (the first columns of `text_features`) and what the two
    frames' arguments say: event type, trigger, participants, speaker, date,
    place, quantities; and how alike the two articles' ledes are (`lede_similarity`)."""
    cols = [FEATURES.index(f) for f in EVENT_FEATURES[:7]]
    rows = np.zeros((len(a), len(EVENT_FEATURES) - 8))
    for k, (i, j) in enumerate(zip(a.tolist(), b.tolist())):
        fa, fb = facts[i], facts[j]
        typed = fa.type is not None and fb.type is not None
        union = fa.entities | fb.entities
        relation = date_relation(fa.date, fb.date)
        apart = days_apart(fa.date, fb.date)
        place_same = any(place_relation(x, y) in {SAME, COMPATIBLE} for x in fa.places for y in fb.places)
        equal, _differing = matched_quantities(claims[i], claims[j])
        rows[k] = (
            typed and fa.type == fb.type, typed and fa.type != fb.type,
            bool(fa.lemma) and fa.lemma == fb.lemma,
            len(fa.entities & fb.entities) / len(union) if union else 0.0,
            bool(fa.entities) and bool(fb.entities) and not (fa.entities & fb.entities),
            fa.speaker is not None and fa.speaker == fb.speaker,
            relation in {SAME, COMPATIBLE}, relation == DIFFERENT, apart is not None and apart > NEAR_DAYS,
            place_same, bool(fa.places) and bool(fb.places) and not place_same,
            bool(equal), fa.earlier != fb.earlier,
        )
    return np.column_stack([text_features[:, cols], rows, lede])


@lru_cache(maxsize=1)
def same_event_model() -> dict:
    """The fitted weights (benchmarks/same_event.py --fit, ECB+ topics 1-35)."""
    return _fitted(EVENT_MODEL_FILE, EVENT_FEATURES)


def same_event(features: np.ndarray) -> np.ndarray:
    """P(the two claims report the same event), from the fitted logistic model; for a pair with a short article
    (no lede: `lede_similarity` NaN), from the model fitted without the ledes, its probability put on the first
    one's scale (its likely, established and same-speaker bars onto the first one's: each decision of a pair of
    short articles is the one the model without ledes makes)."""
    m = same_event_model()
    short = np.isnan(features[:, -1])
    p = np.zeros(len(features))
    if (~short).any():
        p[~short] = _logistic(m, features[~short])
    if short.any():
        w = m["without_lede"]
        bars = ("likely", "established", "same_speaker")
        p[short] = np.interp(_logistic(w, features[short][:, :-1]), [0, *(w[b] for b in bars), 1], [0, *(m[b] for b in bars), 1])
    return p


def thresholds() -> tuple[float, float]:
    """(likely, established): below `likely` two claims are not compared; at
    `established` and above they are taken as one event (chosen on ECB+ 1-35)."""
    m = same_event_model()
    return m["likely"], m["established"]


def same_speaker_threshold() -> float:
    """The bar for one speaker's two statements to be one: a person speaks on
    many occasions (precision 3/4 on ECB+ 1-35)."""
    return same_event_model()["same_speaker"]


def score_events(claims: list[Claim], resolution: Resolution, embedder: Embedder, texts: dict[str, str],
                 progress=None) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(pairs, meaning, whole-claim cosine, P(same event), P(same event) with
    the dates left aside) for the candidate pairs. The second judges a
    conflict of dates: whether two claims tell one event is asked of
    everything but the dates in dispute, else a date said two ways would
    count against itself."""
    claim_texts = [c.text for c in claims]
    emb = embed_texts(claim_texts, embedder, progress=progress)
    pairs = candidates(claims, resolution, emb.full, emb.parts, emb.owner)
    if not len(pairs):
        return pairs, np.zeros(0), np.zeros(0), np.zeros(0), np.zeros(0)
    meaning, features = text_pair_features(claim_texts, emb, pairs[:, 0], pairs[:, 1], blind_to_figures=True)
    facts = _facts(claims, resolution, texts)
    lede = lede_similarity(claims, lede_vectors(claims, emb.full), pairs[:, 0], pairs[:, 1])
    x = event_features(claims, facts, pairs[:, 0], pairs[:, 1], features, lede)
    same = same_event(x)
    undated = x.copy()
    undated[:, [EVENT_FEATURES.index(f) for f in _DATE_FEATURES]] = 0.0
    undated = np.where(x[:, EVENT_FEATURES.index("date_diff")] > 0, same_event(undated), same)
    return pairs, meaning, features[:, FEATURES.index("cos")], same, undated


def align(claims: list[Claim], resolution: Resolution, embedder: Embedder, texts: dict[str, str], progress=None) -> list[Pair]:
    """Cross-source claim pairs likely to report one event, best first
    (texts: source id -> text). Each Pair's score is P(same event)."""
    if len(claims) < 2:
        return []
    pairs, meaning, cosine, same, undated = score_events(claims, resolution, embedder, texts, progress=progress)
    likely, established = thresholds()
    dates = [event_date(c) for c in claims]
    names = story_names(claims)
    out = []
    for k in np.nonzero(np.maximum(same, undated) >= likely)[0]:  # below `likely` only a date conflict is compared
        i, j = int(pairs[k, 0]), int(pairs[k, 1])
        a, b = claims[i], claims[j]
        if _two_occasions(a, b, dates[i], dates[j], float(meaning[k])) or two_stories(names.get(a.source, frozenset()), names.get(b.source, frozenset())):
            continue
        dates_differ = undated[k] != same[k]
        basis = "paraphrase" if cosine[k] >= PARAPHRASE else "same event" if same[k] >= established else "likely"
        out.append(Pair(i, j, round(float(same[k]), 4), round(float(meaning[k]), 4), basis,
                        round(float(undated[k]), 4) if dates_differ else None))
    out.sort(key=lambda p: (-p.score, p.a, p.b))
    return out


STORY_NAMES = 5  # an article naming fewer things than this is too short to tell its story apart ...
STORY_NAMES_FEWEST, STORY_NAMES_BOTH = 3, 11  # ... unless it names this many and the two articles this many together
_NOT_NAMES = {m.lower() for m in (*calendar.month_name[1:], *calendar.day_name)} | lx.FUNCTION_WORDS \
    | lx.ORG_HEADS | lx.FACILITY_HEADS | lx.AREA_NOUNS | lx.POST_WORDS | lx.ROLE_HEADS | lx.HONORIFICS \
    | {"new", "daily", "national", "united", "central", "federal", "general", "public", "old", "great", "saint", "st"} \
    | {"more", "most", "many", "some", "several", "few", "all", "both", "each", "every", "other", "others", "another",
       "anyone", "anything", "everyone", "everything", "nothing", "nobody", "someone", "something"}  # "More than 50 ..."
_NAME_INSIDE = re.compile(r"\b[a-z]+[,;]? ((?:[A-Z][\w'’-]+ )*[A-Z][\w'’-]+)")  # capitalised words after a lower-case one


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}  # "Ken Griffey Jr.": the surname is Griffey


def story_names(claims: list[Claim]) -> dict[str, frozenset[str]]:
    """Per source, the words of the names its claims use: a person's surname
    (two stories share given names), every word of its organisations and
    places, capitalised words inside its sentences that no name holds (the
    small parser misses names: "offered Teixeira, 28,"; a title's capitals and
    page furniture are not read) and every capitalised word of a frame's doer
    or patient ("Griffey hit"; a given name too when the doer is a named
    person, and a capitalised noun first in its sentence, "Rescuers": kept, as
    leaving them out parted fewer pairs of look-alike articles on ECB+ 1-35
    and more of one event); a demonym adds its country ("Indian": India).
    Words of any name ("New", "County", "Police", "Court"), months and days
    are left out: two stories share them."""
    words: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        named = []
        for v in c.values:
            if v.kind in {"person", "organisation", "place"}:
                named.append((v.start - c.start, v.end - c.start))
                name = [w for w in re.findall(r"[\w'’-]+", lx.fold(v.text)) if w not in _SUFFIXES]
                words[c.source].update(name[-1:] if v.kind == "person" else name)
        words[c.source].update(w for m in _NAME_INSIDE.finditer(c.text) if not any(s < m.end(1) and m.start(1) < e for s, e in named)
                               for w in lx.fold(m.group(1)).split())
        if c.frame is not None:  # a doer the tagger did not name, first in its sentence ("Griffey hit his 600th home run")
            words[c.source].update(lx.fold(w) for arg in c.frame.arguments if arg.role in {"agent", "patient"}
                                   for w in arg.value.text.split() if w[:1].isupper() and not arg.value.text.isupper())
    bare = {source: {re.sub(r"['’]s?$", "", w) for w in ws} for source, ws in words.items()}  # "Lohan's" is Lohan
    for ws in bare.values():
        ws.update(lx.fold(country) for w in list(ws) if (country := lx.demonym_country(w)))
    return {source: frozenset(w for w in ws if len(w) > 2 and w not in _NOT_NAMES) for source, ws in bare.items()}


def two_stories(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two articles that each name several things (or a few, and many
    between them) and share none of them tell two stories. On ECB+ topics
    1-35 this holds for 13 of 4,349 pairs of articles on one event (7 with
    five names each alone), 31.6% of the pairs on a topic's two look-alike
    events (27.9%) and 83% of the pairs of two topics (75%)."""
    if a & b:
        return False
    fewer, more = sorted((len(a), len(b)))
    return fewer >= STORY_NAMES or (fewer >= STORY_NAMES_FEWEST and fewer + more >= STORY_NAMES_BOTH)


def _two_occasions(a: Claim, b: Claim, da: Value | None, db: Value | None, meaning: float) -> bool:
    """Two events, whatever their words: dated more than a week apart; a
    recurring kind of event (a meeting, a match, an attack) on two different
    days, unless one attack or match is told twice (`one_occasion_told_twice`)
    or one statement's content is dated two ways; or one said to be earlier."""
    if bool(_earlier(a.text)) != bool(_earlier(b.text)):
        return True
    apart = days_apart(da, db)
    if apart is not None and apart > NEAR_DAYS and not _a_date_in_common(a, b):
        return True
    recurring = a.predicate is not None and a.predicate == b.predicate and a.predicate in RECURRING
    if recurring and a.predicate == "statement":  # two sayings are two occasions by the days they were said on
        sa, sb = saying_date(a), saying_date(b)
        if sa is None and sb is None and meaning >= PARAPHRASE and _alike_but_dates(a, b):
            # one sentence but for its dates, neither dating the saying: the dates are of what was said, and what two
            # reports may dispute ("the ship was last seen on December 28, the coastguard said" vs "... on December
            # 29"); two sayings told less alike ("told CNN in 2006", "in 2005 told Vanity Fair") or of two things
            # ("the first shipment", "a second shipment"; "the northern bridge", "the southern bridge") stay two
            return False
        da, db = (sa, sb) if sa is not None and sb is not None else (da, db)
    return recurring and date_relation(da, db) == DIFFERENT and not one_occasion_told_twice(a, b)


def _alike_but_dates(a: Claim, b: Claim) -> bool:
    """The two claims use the same words, leaving aside function words, figures, the words of dates and times
    ("9am today" vs "9 a.m. Sunday") and words of two letters or fewer."""
    def words(c: Claim) -> set[str]:
        return {w for w in re.findall(r"[\w'’-]+", lx.fold(c.text)) if not any(ch.isdigit() for ch in w) and len(w) > 2
                and w not in lx.FUNCTION_WORDS and w not in lx.MONTHS and w not in lx.WEEKDAYS
                and w not in {"night", "morning", "afternoon", "evening", "yesterday", "today", "last", "early", "late"}}
    return words(a) == words(b)


def one_occasion_told_twice(a: Claim, b: Claim) -> bool:
    """An attack or a match told with one exact count of one thing at one place ("a
    missile strike hit a hospital in Kharkiv on Tuesday, wounding 12 doctors
    and nurses" vs "on Wednesday, wounding 12 doctors and nurses"): one strike
    misdated is as likely as two, so its dates are compared; a round or small
    figure ("killed 10", "two rockets", "injuring 3") says too little."""
    if a.predicate != b.predicate or a.predicate not in {"attack", "sports"}:
        return False  # a meeting's "32 allies" is the size of a body, not a count of the occasion
    places = any(place_relation(x.norm, y.norm) == SAME for x in a.of_kind("place") for y in b.of_kind("place"))
    equal, _ = matched_quantities(a, b)
    return places and any(x.number == y.number and x.number >= ONE_OCCASION_COUNT and x.number % 10
                          and x.bound == y.bound == "exact" and quantity_unit(a, x) is not None
                          and quantity_unit(a, x) == quantity_unit(b, y) and quantity_unit(a, x) not in GENERIC_UNITS
                          for x, y in equal)


ONE_OCCASION_COUNT = 5  # "two rockets", "injuring 3 people": counts too small to tell one attack from the next


def _earlier(text: str) -> bool:
    """Said to be an earlier occasion ("had previously met"), not an earlier
    value of this one ("raised to 25 cents, up from 13 cents previously")."""
    return any(not re.search(r"\bfrom\s+[$€£]?\d[^,.;]{0,25}$", text[:m.start()]) for m in _EARLIER.finditer(text))


def _a_date_in_common(a: Claim, b: Claim) -> bool:
    """Claims that tell of several dated events share one of them ("bought it in
    1995 and sold it in 1998" and "sold it in 1998")."""
    return any(date_relation(x, y) in {SAME, COMPATIBLE} and x.year_known and y.year_known
               for x in a.of_kind("date") for y in b.of_kind("date"))
