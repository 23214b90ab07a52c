"""Shared fixtures: the demo corpus, one embedder per session, small invented articles."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from verifier.embed import Embedder
from verifier.sources import analyse

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "sources"
REVIEWED = ROOT / "claims"


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return Embedder()


@pytest.fixture(scope="session")
def demo_report(embedder):
    import verifier

    return verifier.compare([CORPUS], embedder=embedder)


def article(text: str, source_id: str = "a", published: str | None = None, outlet: str | None = None):
    """A source made from text, as `verify` would read it from a file."""
    when = datetime.fromisoformat(published) if published else None
    return analyse(source_id, f"{source_id}.txt", text, published=when, outlet=outlet)


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Tests never touch the user's cache folder."""
    import os

    os.environ["VERIFY_CACHE_DIR"] = str(tmp_path_factory.mktemp("verify-cache"))
