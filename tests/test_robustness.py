"""Trustworthy under stress: deterministic output, caches shared by two
processes, bounded resources, output file names that stay in their folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
from click.testing import CliRunner

from verifier.cli import main
from verifier.embed import Embedder

from .conftest import CORPUS, ROOT


def _run(out, seed, cache):
    env = dict(os.environ, PYTHONHASHSEED=str(seed), VERIFY_CACHE_DIR=str(cache))
    subprocess.run([sys.executable, "-m", "verifier.cli", "compare", str(CORPUS), "--format", "json", "-o", str(out), "--quiet"],
                   check=True, capture_output=True, env=env, cwd=ROOT)
    return out.read_bytes()


def test_same_inputs_give_byte_identical_json_in_separate_processes(tmp_path):
    first = _run(tmp_path / "a.json", 1, tmp_path / "cache-a")  # a cold cache
    second = _run(tmp_path / "b.json", 2, tmp_path / "cache-a")  # a warm one, another hash seed
    third = _run(tmp_path / "c.json", 3, tmp_path / "cache-c")
    assert first == second == third
    assert json.loads(first)["summary"]["contradiction"] == 1


WRITER = """
import sys
from verifier.embed import Embedder
texts = [f"sentence number {i} about the talks in Baghdad" for i in range(150)]
e = Embedder(sys.argv[1])
e.encode(texts)
print(e.computed, len(e.warnings))
"""


def test_two_processes_share_the_embedding_cache_safely(tmp_path):
    cache = tmp_path / "emb"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(cache)], stdout=subprocess.PIPE, text=True, cwd=ROOT) for _ in range(2)]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    assert not list(cache.rglob("*.tmp"))  # no half-written entry left behind
    entries = list(cache.rglob("*.npy"))
    assert len(entries) == 150
    after = Embedder(cache)
    v = after.encode([f"sentence number {i} about the talks in Baghdad" for i in range(150)])
    assert after.computed == 0 and not after.warnings and np.isfinite(v).all()


def test_claims_per_source_are_capped_with_a_message(tmp_path, monkeypatch):
    import verifier
    from verifier import claims

    monkeypatch.setattr(claims, "MAX_CLAIMS_PER_SOURCE", 3)
    report = verifier.compare([CORPUS / "000_5bec011eb4161289.txt", CORPUS / "003_16a114c6355cdeb7.txt"], cache_dir=tmp_path)
    assert len([c for c in report.claims if c.source.startswith("000")]) == 3
    notes = [p for p in report.problems if "only the first 3" in p.message]
    assert len(notes) == 2 and not any(p.skipped for p in notes)


def test_output_file_names_stay_in_their_folder(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"id": "../../escaped", "text": "The minister said on Monday that the talks in Paris went well."},
        {"id": "/etc/passwd", "text": "Rain closed two bridges in the old town of Lyon on Tuesday, the mayor said."},
    ]), encoding="utf-8")
    out = tmp_path / "out" / "claims"
    result = CliRunner().invoke(main, ["extract", str(feed), "-o", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.jsonl") if p != feed)
    assert all(p.parts[:2] == ("out", "claims") for p in written) and len(written) == 2
