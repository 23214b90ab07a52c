"""End to end through the command line, with click's CliRunner."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from verifier.cli import main
from verifier.errors import ExitStatus

from .conftest import CORPUS, ROOT

GOLD = ROOT.parent / "shared" / "gold"


def test_every_command_has_help():
    runner = CliRunner()
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.get_short_help_str(), name
        assert "Usage:" in result.output


def test_compare_writes_json_report(tmp_path):
    out = tmp_path / "r.json"
    result = CliRunner().invoke(main, ["compare", str(CORPUS), "--format", "json", "-o", str(out)])
    assert result.exit_code == ExitStatus.SUCCESS, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["sources"]) == 5
    assert data["summary"]["contradiction"] == 1


def test_compare_terminal_and_markdown():
    runner = CliRunner()
    text = runner.invoke(main, ["compare", str(CORPUS)])
    assert text.exit_code == 0 and "CONTRADICTION (1)" in text.output
    md = runner.invoke(main, ["compare", str(CORPUS), "--format", "markdown"])
    assert md.exit_code == 0 and md.output.startswith("# Discrepancy report")


def test_bad_source_is_named_and_the_rest_compared(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for f in CORPUS.glob("00[01]*.txt"):
        shutil.copy(f, folder)
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    out = tmp_path / "r.json"  # beside the folder: a report inside it is refused (it would be read back)
    result = CliRunner().invoke(main, ["compare", str(folder), "--format", "json", "-o", str(out)])
    assert result.exit_code == ExitStatus.SOURCES_SKIPPED
    assert "broken.txt" in result.output and "binary" in result.output
    assert len(json.loads(out.read_text(encoding="utf-8"))["sources"]) == 2


def test_nothing_readable_is_an_error(tmp_path):
    result = CliRunner().invoke(main, ["compare", str(tmp_path / "nope.txt")])
    assert result.exit_code == ExitStatus.ERROR
    assert "nope.txt" in result.output and "Traceback" not in result.output


def test_extract_writes_one_jsonl_per_source(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(CORPUS), "-o", str(tmp_path / "claims")])
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in (tmp_path / "claims").iterdir())
    assert files == sorted(p.stem + ".jsonl" for p in CORPUS.glob("*.txt"))
    rows = [json.loads(line) for line in (tmp_path / "claims" / files[0]).read_text(encoding="utf-8").splitlines()]
    assert rows and {"id", "start", "end", "text", "speaker", "values"} <= rows[0].keys()


def test_help_does_not_import_torch():
    code = "import sys; from verifier.cli import main; sys.argv=['verify','--help']\n" \
           "try:\n    main()\nexcept SystemExit:\n    pass\nassert 'torch' not in sys.modules, 'torch imported'"
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


@pytest.mark.skipif(not (GOLD / "score.py").exists(), reason="the reference scorer (../shared/gold) is not beside this checkout")
def test_reference_scorer_passes_on_the_demo(tmp_path):
    out = tmp_path / "r.json"
    assert CliRunner().invoke(main, ["compare", str(CORPUS), "--format", "json", "-o", str(out)]).exit_code == 0
    run = subprocess.run([sys.executable, str(GOLD / "score.py"), str(out), "--sources", str(CORPUS)],
                         capture_output=True, text=True)
    print(run.stdout.splitlines()[-1])
    assert run.returncode == 0, run.stdout
    assert Path(out).exists()


def test_show_rerenders_a_saved_report_without_recomputing(tmp_path, monkeypatch):
    out = tmp_path / "r.json"
    runner = CliRunner()
    assert runner.invoke(main, ["compare", str(CORPUS), "--format", "json", "-o", str(out)]).exit_code == 0
    import verifier.pipeline

    monkeypatch.setattr(verifier.pipeline, "compare", lambda *a, **k: pytest.fail("show must not recompute"))
    for fmt, marker in (("markdown", "# Discrepancy report"), ("html", "<!DOCTYPE html>"), ("csv", "finding,kind"),
                        ("text", "CONTRADICTION (1)"), ("claimreview", '"@type": "ClaimReview"')):
        result = runner.invoke(main, ["show", str(out), "--format", fmt])
        assert result.exit_code == 0 and marker in result.output, fmt
    html = tmp_path / "r.html"
    assert runner.invoke(main, ["show", str(out), "--format", "html", "-o", str(html)]).exit_code == 0
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_show_rejects_what_is_not_a_report(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(bad)])
    assert result.exit_code == ExitStatus.ERROR and "not a verify report" in result.output


def test_fail_on_sets_the_exit_status(tmp_path):
    out = tmp_path / "r.json"
    runner = CliRunner()
    assert runner.invoke(main, ["compare", str(CORPUS), "--format", "json", "-o", str(out), "--fail-on", "contradiction"]
                         ).exit_code == ExitStatus.FINDINGS
    assert runner.invoke(main, ["show", str(out), "--fail-on", "uncertain"]).exit_code == ExitStatus.FINDINGS
    calm = tmp_path / "calm.txt"
    calm.write_text("The minister said on Monday that the talks in Paris went well.", encoding="utf-8")
    assert runner.invoke(main, ["compare", str(calm), "--fail-on", "contradiction"]).exit_code == ExitStatus.SUCCESS


def test_no_progress_or_colour_when_not_a_terminal(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(main, ["compare", str(CORPUS)])
    assert result.exit_code == 0
    assert "\x1b[" not in result.output and "\r" not in result.output


def test_progress_goes_to_a_terminal_stderr_only(monkeypatch, capsys):
    from verifier.cli import _Progress

    bar = _Progress(enabled=True)
    bar("embed", 128, 256)
    bar.close()
    err = capsys.readouterr().err
    assert "embed [" in err and "128/256" in err
    quiet = _Progress(enabled=False)
    quiet("embed", 1, 2)
    assert capsys.readouterr().err == ""
