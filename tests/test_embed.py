"""Embeddings: the cache, the encoders, start-up without torch, and
candidate generation that grows with the number of claims, not its square."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from verifier import align
from verifier.embed import Embedder

from .conftest import CORPUS

TEXTS = ["On March 19, Iran and Iraq signed a security agreement aimed at protecting their shared border.",
         "On March 19, 2023, Iran and Iraq signed a security agreement in Baghdad to enhance coordination.",
         "Heavy rain flooded the old town and closed two bridges."]


def test_vectors_are_normalised_and_meaningful():
    v = Embedder().encode(TEXTS)
    assert v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)
    assert v[0] @ v[1] > 0.8 > v[0] @ v[2]


def test_each_text_is_embedded_once_and_cached_on_disk(tmp_path):
    first = Embedder(tmp_path)
    a = first.encode(TEXTS + TEXTS)
    assert first.computed == 3
    again = Embedder(tmp_path)
    b = again.encode(TEXTS)
    assert again.computed == 0 and np.allclose(a[:3], b)


def test_corrupt_cache_entry_is_discarded_with_a_warning(tmp_path):
    Embedder(tmp_path).encode(TEXTS[:1])
    (entry,) = list(tmp_path.rglob("*.npy"))
    entry.write_bytes(b"\x93NUMPY garbage")
    e = Embedder(tmp_path)
    e.encode(TEXTS[:1])
    assert e.computed == 1 and e.warnings and "corrupt" in e.warnings[0]


def test_demo_rerun_embeds_nothing(tmp_path):
    import verifier

    verifier.compare([CORPUS], cache_dir=tmp_path)
    warm = Embedder(tmp_path / "embeddings")
    verifier.compare([CORPUS], embedder=warm)
    assert warm.computed == 0


def test_quantized_encoder_is_close_to_the_default():
    default = Embedder().encode(TEXTS)
    quick = Embedder(encoder="quantized").encode(TEXTS)
    assert np.all(np.einsum("ij,ij->i", default, quick) > 0.9)


@pytest.fixture(scope="module")
def static_models(tmp_path_factory):
    """One static model distilled for this module (about a minute)."""
    pytest.importorskip("model2vec.distill", reason="the static encoder needs pip install -e '.[fast]'")
    models = tmp_path_factory.mktemp("models")
    Embedder(encoder="static", models_dir=models).encode(TEXTS[:1])
    return models


def test_static_encoder_is_distilled_locally_and_cached(tmp_path, static_models):
    e = Embedder(tmp_path / "embeddings", encoder="static", models_dir=static_models)
    v = e.encode(TEXTS)
    assert v.shape == (3, 256) and np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2]
    assert list(static_models.glob("m2v-*/config.json"))
    # cached under a key of its own: the default encoder's cache is not mixed in
    assert Embedder(tmp_path / "embeddings").encode(TEXTS[:1]).shape == (1, 384)


@pytest.mark.parametrize("argv", [["--help"], ["extract", str(CORPUS), "-o", "OUT"]])
def test_start_up_does_not_import_torch(argv, tmp_path):
    argv = [a.replace("OUT", str(tmp_path / "claims")) for a in argv]
    code = (f"import sys\nfrom verifier.cli import main\nsys.argv=['verify', *{argv!r}]\n"
            "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
            "assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules, 'torch imported'")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_the_model_loads_without_scikit_learn_and_the_stand_ins_are_gone():
    code = ("import sys\nfrom verifier.embed import Embedder\n"
            "v = Embedder().encode(['Rain closed two bridges in Lyon on Tuesday.'])\n"
            "assert v.shape == (1, 384)\n"
            "assert 'sklearn' not in sys.modules and 'scipy.stats' not in sys.modules, 'imported at load'\n"
            "from scipy.stats import norm\nfrom sklearn.metrics import roc_curve\n"
            "assert norm.cdf(0) == 0.5 and roc_curve.__module__.startswith('sklearn'), 'a stand-in was left'\n"
            "from sentence_transformers.util.similarity import pairwise_distances\n"
            "assert pairwise_distances([[0.0, 0.0]], [[3.0, 4.0]])[0][0] == 5.0, 'the deferred function'\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


def _fake_claims(n, sources=4):
    from verifier.records import Claim

    return [Claim(id=f"s{i % sources}:{i}", source=f"s{i % sources}", start=0, end=1, text="x") for i in range(n)]


class _NoEntities:
    def of_claim(self, claim, kinds=None, *, in_roles=True):
        return frozenset()

    def id_of(self, source, name):
        return None


@pytest.mark.parametrize("exact_max", [align.EXACT_SEARCH_MAX, 10])
def test_candidates_grow_linearly_and_find_the_nearest(monkeypatch, exact_max):
    monkeypatch.setattr(align, "EXACT_SEARCH_MAX", exact_max)  # 10: the HNSW index path
    rng = np.random.default_rng(0)
    counts = []
    for n in (200, 2000):
        vectors = rng.normal(size=(n, 32)).astype(np.float32)
        vectors[1] = vectors[0] + 0.01 * rng.normal(size=32)  # claim 1 (source s1) is claim 0's (s0) twin
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        pairs = align.candidates(_fake_claims(n), _NoEntities(), vectors, np.zeros((0, 32), np.float32), np.zeros(0, np.int64))
        assert (0, 1) in set(map(tuple, pairs.tolist()))
        assert len(pairs) <= 2 * (align.NEIGHBOURS + 1) * n
        counts.append(len(pairs))
    assert counts[1] / counts[0] < 12  # 10x the claims, about 10x the pairs (not 100x)


def test_damaged_static_model_is_discarded_and_distilled_again(tmp_path, static_models):
    import shutil

    from verifier.embed import load_static

    models = tmp_path / "models"
    shutil.copytree(static_models, models)
    (folder,) = [p for p in models.glob("m2v-*") if p.is_dir()]
    for f in folder.glob("*.safetensors"):
        f.write_bytes(b"half a file")
    load_static.cache_clear()
    e = Embedder(encoder="static", models_dir=models)
    assert e.encode(TEXTS).shape == (3, 256)
    assert any("damaged" in w for w in e.warnings)
