"""The per-article stages on Dask: the same report as in-process, whatever
fails on the way. One local cluster of 2 worker processes (1 thread each)
serves the module; its workers load the models once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from click.testing import CliRunner

import verifier
from verifier.cli import main
from verifier.embed import Embedder
from verifier.report import to_json

from .conftest import CORPUS, ROOT


@pytest.fixture(scope="module")
def cluster():
    import logging

    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def demo_json(demo_report) -> str:
    return to_json(demo_report)


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory):
    """The cache folder the cluster runs share: the first run's workers fill
    it, later runs read their vectors from it, as a real cluster would."""
    return tmp_path_factory.mktemp("cluster-cache")


def _write(folder, name: str, text: str):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


BEATS = {
    "flood.txt": "Floods swept through the river valley on Monday, killing 12 people, the regional governor said. "
                 "Rescue teams evacuated 3,000 residents from low-lying villages overnight.\n",
    "match.txt": "Atletico Norte beat Ciudad Real 2-1 in the cup final on Saturday, coach Marta Ruiz said. "
                 "The winning goal came in the 89th minute from a corner.\n",
    "bank.txt": "The central bank raised its main interest rate by half a point to 6.5 percent on Thursday. "
                "Governor Paul Otieno said inflation had reached 9 percent in March.\n",
}


def test_help_imports_neither_torch_nor_dask():
    code = (
        "import sys\nfrom verifier.cli import main\n"
        "for args in (['--help'], ['compare', '--help']):\n"
        "    try:\n        main(args)\n    except SystemExit:\n        pass\n"
        "print('LOADED', *sorted(m for m in ('torch', 'dask', 'distributed', 'sentence_transformers') if m in sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "--workers" in run.stdout and "--scheduler" in run.stdout  # the help really was printed
    assert run.stdout.strip().splitlines()[-1] == "LOADED"


def test_demo_corpus_on_two_worker_processes_is_byte_identical(cluster, demo_json, shared_cache):
    seen = []
    embedder = Embedder(shared_cache / "embeddings")
    report = verifier.compare([CORPUS], embedder=embedder, scheduler=cluster.scheduler_address, cache_dir=shared_cache,
                              progress=lambda stage, done, total: seen.append((stage, done, total)))
    assert to_json(report) == demo_json
    assert embedder.computed == 0 and list((shared_cache / "embeddings").rglob("*.npy"))  # the workers embedded
    counted = [(done, total) for stage, done, total in seen if stage == "read, extract, embed"]
    assert counted[-1] == (len(report.sources), len(report.sources))
    assert [d for d, _ in counted] == sorted(d for d, _ in counted)


def test_stdin_duplicates_ids_and_bad_files_are_settled_as_in_process(cluster, tmp_path):
    for name, text in BEATS.items():
        _write(tmp_path, name, text)
    _write(tmp_path, "copy/flood.txt", BEATS["flood.txt"])  # the same article again: compared once
    _write(tmp_path, "other/bank.txt", BEATS["bank.txt"].replace("6.5", "6.75"))  # a second "bank": ids told apart
    _write(tmp_path, "empty.txt", "")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    records = [{"text": BEATS["match.txt"].replace("2-1", "3-1"), "outlet": "Sport Daily", "title": "Final"},
               {"text": BEATS["flood.txt"]}]  # a second copy of the flood story, inside a records file
    import json

    _write(tmp_path, "feed.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    piped = b"Police arrested two men after a jewellery shop robbery in the old town on Friday night, a spokesman said.\n"
    alone = verifier.compare(["-", tmp_path], stdin=piped, embedder=Embedder(), use_cache=False)
    spread = verifier.compare(["-", tmp_path], stdin=piped, embedder=Embedder(), use_cache=False,
                              scheduler=cluster.scheduler_address)
    assert to_json(spread) == to_json(alone)
    assert any(s.kind == "stdin" for s in spread.sources)  # read here: a worker has no standard input
    assert sum("bank" in s.id for s in spread.sources) == 2  # two files named bank.txt, told apart
    assert any("same article" in p.message for p in spread.problems)
    assert any(p.source.endswith("empty.txt") for p in spread.problems)


def test_a_source_that_raises_is_named_and_the_others_are_kept(tmp_path, monkeypatch):
    from dask.distributed import Client, LocalCluster

    from verifier import claims as claims_stage

    for name, text in BEATS.items():
        _write(tmp_path, name, text)
    real = claims_stage.extract

    def extract(source, *args, **kwargs):
        if source.id == "match":
            raise RuntimeError("the parser tripped\non two lines")
        return real(source, *args, **kwargs)

    alone = verifier.compare([tmp_path / "flood.txt", tmp_path / "bank.txt"], embedder=Embedder(), use_cache=False)
    monkeypatch.setattr(claims_stage, "extract", extract)  # workers are threads of this process here
    with LocalCluster(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=":0") as threads, \
            Client(threads) as client:
        report = verifier.compare([tmp_path], embedder=Embedder(), use_cache=False, scheduler=client)
    failed = [p for p in report.problems if p.source.endswith("match.txt")]
    assert len(failed) == 1 and failed[0].skipped
    assert "RuntimeError: the parser tripped" in failed[0].message and "\n" not in failed[0].message
    assert [s.id for s in report.sources] == ["bank", "flood"]
    assert report.claims == alone.claims and report.findings == alone.findings


def test_cli_on_a_cluster_writes_the_same_json(cluster, demo_json, shared_cache, tmp_path):
    out = tmp_path / "r.json"
    result = CliRunner().invoke(main, ["compare", str(CORPUS), "--format", "json", "-o", str(out),
                                       "--cache-dir", str(shared_cache), "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == demo_json


def test_cli_rejects_both_a_scheduler_and_workers_and_zero_workers():
    both = CliRunner().invoke(main, ["compare", str(CORPUS), "--scheduler", "tcp://127.0.0.1:9", "--workers", "2"])
    assert both.exit_code == 1 and "not both" in both.output
    zero = CliRunner().invoke(main, ["compare", str(CORPUS), "--workers", "0"])
    assert zero.exit_code == 2


def test_a_worker_killed_mid_run_loses_nothing(cluster, demo_json, shared_cache):
    from dask.distributed import Client

    with Client(cluster.scheduler_address) as client:
        pids = client.run(os.getpid)
    victim = pids[sorted(pids)[0]]
    killed = []

    def progress(stage, done, total):
        if stage == "read, extract, embed" and done == 1 and not killed:
            os.kill(victim, signal.SIGKILL)  # while the other sources are still out on the workers
            killed.append(total - done)

    report = verifier.compare([CORPUS], embedder=Embedder(shared_cache / "embeddings"), cache_dir=shared_cache,
                              scheduler=cluster.scheduler_address, progress=progress)
    assert killed and killed[0] > 0
    assert to_json(report) == demo_json
    with Client(cluster.scheduler_address) as client:
        client.wait_for_workers(2, timeout=120)
        assert victim not in client.run(os.getpid).values()


def test_the_library_says_when_dask_is_missing_or_unreachable(monkeypatch):
    from verifier import distributed
    from verifier.errors import VerifyError

    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(VerifyError, match="cannot reach the Dask scheduler"):
        verifier.compare([CORPUS], embedder=Embedder(), scheduler="tcp://127.0.0.1:9")
    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(VerifyError, match=r"pip install -e '\.\[dask\]'"):
        verifier.compare([CORPUS], embedder=Embedder(), workers=1)
