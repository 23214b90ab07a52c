"""Stage 6: the JSON contract, text and Markdown renderings, atomic writes."""

from __future__ import annotations

import json

import pytest

from verifier.errors import ReportFormatError
from verifier.report import load_report, render, to_dict, write_atomic


def test_json_contract(demo_report):
    data = json.loads(render(demo_report, "json"))
    assert data["schema"] == "verify-report/1"
    src = {s["id"]: s for s in data["sources"]}
    assert src["000_5bec011eb4161289"]["published"] == "2023-05-29T20:28"
    assert src["001_f046b783d08f9c80"]["published"] is None
    assert all({"id", "path", "outlet", "title", "published", "published_inferred"} <= s.keys() for s in data["sources"])
    assert all({"id", "name", "type", "variants", "sources"} <= e.keys() for e in data["entities"])
    for f in data["findings"]:
        assert f["kind"] in {"contradiction", "agreement", "uncertain", "single_source"}
        assert f["aspect"] in {"date", "number", "place", "person", "role", "polarity", "other"}
        assert all({"source", "quote", "start", "end", "value"} <= e.keys() for e in f["evidence"])
    assert data["summary"]["contradiction"] == 1


def test_agreement_lists_one_evidence_per_source(demo_report):
    for f in to_dict(demo_report)["findings"]:
        if f["kind"] == "agreement":
            sources = [e["source"] for e in f["evidence"]]
            assert len(sources) == len(set(sources)) >= 2


def test_text_report_puts_contradictions_first(demo_report):
    text = render(demo_report, "text")
    assert text.index("CONTRADICTION") < text.index("AGREEMENT")
    assert "newly-appointed" in text
    assert text.splitlines()[0].startswith("5 sources: 1 contradiction")


def test_markdown_escapes_article_text(demo_report):
    data = to_dict(demo_report)
    data["findings"][0]["evidence"][0]["quote"] = "<script>alert(1)</script> *bold* [link](http://x)"
    md = render(data, "markdown")
    assert "<script>" not in md and "\\<script\\>" in md
    assert "\\*bold\\*" in md and "\\[link\\]" in md


def test_write_atomic_replaces_whole_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_write_atomic_keeps_previous_file_when_interrupted(tmp_path, monkeypatch):
    target = tmp_path / "r.json"
    target.write_text("previous report", encoding="utf-8")

    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("verifier.report.os.replace", boom)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "half")
    assert target.read_text(encoding="utf-8") == "previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_load_report_checks_the_schema(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(ReportFormatError):
        load_report(bad)
