"""Hardening, the output side: where verify writes, what `verify show` accepts,
and what reaches a terminal, a Markdown viewer or a browser.

The cases are what a careless user or an attacker does: -o onto a FIFO, an
input, a source folder or an unwritable place; file names that fold to one;
a saved report edited by hand; escape codes in file names and outlets.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import stat
import sys
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from verifier.cli import main
from verifier.errors import ExitStatus, OutputError
from verifier.report import render, to_dict, to_json, write_atomic

ARTICLE = ("Firefighters said on Tuesday that the warehouse fire in Leeds destroyed 40 homes. "
           "The council said 120 people were moved to a school hall. Police arrested two men on Wednesday.")
OTHER = ("The striker scored twice on Saturday as Lyon beat Nantes 3-1 in Lyon. "
         "The club said 41,000 fans attended the match. The coach praised the defence after the game.")


@pytest.fixture
def no_work(monkeypatch):
    """Fails the test if reading or comparing starts: the checks must come first."""
    import verifier.pipeline

    calls = []

    def record(*args, **kwargs):
        calls.append(args)
        raise RuntimeError("the pipeline ran before the output was checked")

    monkeypatch.setattr(verifier.pipeline, "compare", record)
    monkeypatch.setattr(verifier.pipeline, "extract", record)
    return calls


def _articles(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "leeds.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "lyon.txt").write_text(OTHER, encoding="utf-8")
    return folder


def _refused(result, calls, *words):
    assert result.exit_code == ExitStatus.ERROR, result.output
    assert isinstance(result.exception, SystemExit), result.exception  # a message, not a traceback
    assert not calls, "work was done before the output was refused"
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    for word in words:
        assert word in result.output, (word, result.output)


# ------------------------------------------------------------------ -o targets

def test_output_onto_a_fifo_is_refused_before_any_work(tmp_path, no_work):
    sources = _articles(tmp_path / "in")
    fifo = tmp_path / "report.json"
    os.mkfifo(fifo)
    result = CliRunner().invoke(main, ["compare", str(sources), "-o", str(fifo)])
    _refused(result, no_work, "FIFO")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still a FIFO, not replaced by a file
    # --force never overrides it
    result = CliRunner().invoke(main, ["compare", str(sources), "-o", str(fifo), "--force"])
    _refused(result, no_work, "FIFO")


def test_write_atomic_never_replaces_a_fifo_or_a_folder(tmp_path):
    fifo = tmp_path / "f"
    os.mkfifo(fifo)
    with pytest.raises(OutputError):
        write_atomic(fifo, "report")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    (tmp_path / "d").mkdir()
    from verifier.report import check_file_target

    with pytest.raises(OutputError, match="folder"):
        check_file_target(tmp_path / "d")


def test_output_onto_a_source_is_refused_unless_forced(tmp_path, demo_report, no_work):
    sources = _articles(tmp_path / "in")
    article = sources / "leeds.txt"
    result = CliRunner().invoke(main, ["compare", str(article), str(tmp_path / "other.txt"), "-o", str(article)])
    _refused(result, no_work, "one of the sources", "--force")
    assert article.read_text(encoding="utf-8") == ARTICLE
    # the same for `show`: its input is the report
    saved = tmp_path / "r.json"
    saved.write_text(to_json(demo_report), encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(saved), "--format", "markdown", "-o", str(saved)])
    _refused(result, no_work, "one of the sources")
    assert json.loads(saved.read_text(encoding="utf-8"))["schema"] == "verify-report/1"
    forced = CliRunner().invoke(main, ["show", str(saved), "--format", "markdown", "-o", str(saved), "--force"])
    assert forced.exit_code == 0, forced.output
    assert saved.read_text(encoding="utf-8").startswith("# Discrepancy report")


def test_output_through_another_name_of_a_source_is_refused(tmp_path, no_work):
    sources = _articles(tmp_path / "in")
    link = tmp_path / "alias.txt"
    os.link(sources / "leeds.txt", link)  # a hard link: another path, the same file
    result = CliRunner().invoke(main, ["compare", str(sources / "leeds.txt"), "-o", str(link)])
    _refused(result, no_work, "one of the sources")


def test_output_inside_a_source_folder_is_refused_unless_forced(tmp_path, no_work):
    sources = _articles(tmp_path / "in")
    for target in (sources / "report.json", sources / "sub" / "report.md"):
        result = CliRunner().invoke(main, ["compare", str(sources), "-o", str(target)])
        _refused(result, no_work, "inside the source folder", "read it as an article")
        assert not target.exists()
    # extract: the claim files (.jsonl) would be read back as records
    result = CliRunner().invoke(main, ["extract", str(sources), "-o", str(sources / "claims")])
    _refused(result, no_work, "inside the source folder")
    assert not (sources / "claims").exists()


def test_output_in_a_folder_beside_the_sources_is_allowed(tmp_path):
    sources = _articles(tmp_path / "in")
    result = CliRunner().invoke(main, ["extract", str(sources), "-o", str(tmp_path / "in-claims")])  # a prefix, not a parent
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "in-claims").iterdir()) == ["leeds.jsonl", "lyon.jsonl"]


def test_output_under_a_file_is_a_one_line_error_before_any_work(tmp_path, no_work):
    sources = _articles(tmp_path / "in")
    result = CliRunner().invoke(main, ["compare", str(sources), "-o", str(sources / "leeds.txt" / "r.json")])
    _refused(result, no_work, "leeds.txt")
    result = CliRunner().invoke(main, ["compare", str(sources), "-o", str(tmp_path / "plain" / "deeper" / "r.json")])
    assert no_work  # a folder that does not exist yet is fine: the work starts (and is stopped by the fixture)


def test_output_with_a_name_too_long_for_the_disk_is_refused_before_any_work(tmp_path, no_work):
    sources = _articles(tmp_path / "in")
    result = CliRunner().invoke(main, ["compare", str(sources), "-o", str(tmp_path / ("r" * 300 + ".json"))])
    _refused(result, no_work, "too long")
    result = CliRunner().invoke(main, ["compare", str(sources), "-o", str(tmp_path / ("d" * 300) / "r.json")])
    _refused(result, no_work, "too long")


def test_a_250_byte_name_is_written(tmp_path):
    """The name fits the file system: the temporary file beside it must fit too."""
    target = tmp_path / ("é" * 122 + "r.json")  # 250 bytes of UTF-8
    assert len(os.fsencode(target.name)) == 250
    write_atomic(target, "report")
    assert target.read_text(encoding="utf-8") == "report"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_output_where_nothing_can_be_written_is_refused_before_any_work(tmp_path, no_work):
    sources = _articles(tmp_path / "in")
    result = CliRunner().invoke(main, ["compare", str(sources), "-o", "/proc/verify-test/r.json"])  # even root cannot
    _refused(result, no_work, "cannot be written")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes in a read-only folder")
def test_output_in_a_read_only_folder_is_refused_before_any_work(tmp_path, no_work):
    sources = _articles(tmp_path / "in")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        result = CliRunner().invoke(main, ["compare", str(sources), "-o", str(locked / "r.json")])
    finally:
        locked.chmod(0o755)
    _refused(result, no_work, "cannot be written")


# ------------------------------------------------------------------ extract file names

def test_extract_gives_every_source_its_own_file(tmp_path):
    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "a b.txt").write_text(ARTICLE, encoding="utf-8")
    (sources / "a-b.txt").write_text(OTHER, encoding="utf-8")
    out = tmp_path / "claims"
    result = CliRunner().invoke(main, ["extract", str(sources), "-o", str(out)])
    assert result.exit_code == 0, result.output
    files = sorted(out.iterdir())
    assert len(files) == 2, [f.name for f in files]
    owners = set()
    for f in files:
        rows = [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines()]
        assert rows and len({r["source"] for r in rows}) == 1
        owners.add(rows[0]["source"])
    assert owners == {"a b", "a-b"}


def test_file_names_are_distinct_and_do_not_depend_on_order():
    from verifier.report import file_names

    ids = [".", "..", "a b", "a-b", "a/b", "A-B", "x" * 300 + "1", "x" * 300 + "2", "é" * 200, "report", "report-2"]
    names = file_names(ids, ".jsonl")
    assert set(names) == set(ids)
    assert len({n.casefold() for n in names.values()}) == len(ids)  # distinct even on a case-insensitive disk
    assert file_names(list(reversed(ids)), ".jsonl") == names
    for n in names.values():
        assert "/" not in n and n not in {".jsonl", "..jsonl"} and not n.startswith(".")
        assert len(n.encode("utf-8")) <= 255 and n.endswith(".jsonl")


def test_extract_says_when_a_source_is_cut_at_the_claim_cap(tmp_path, monkeypatch):
    import verifier.claims

    monkeypatch.setattr(verifier.claims, "MAX_CLAIMS_PER_SOURCE", 3)
    sources = _articles(tmp_path / "in")
    (sources / "long.txt").write_text(" ".join([ARTICLE, OTHER] * 3), encoding="utf-8")
    out = tmp_path / "claims"
    result = CliRunner().invoke(main, ["extract", str(sources / "long.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "more than 3 claims" in result.output and "long.txt" in result.output
    assert len((out / "long.jsonl").read_text(encoding="utf-8").splitlines()) == 3


# ------------------------------------------------------------------ verify show: the contract

def _saved(tmp_path, data, name="r.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _broken(data, how):
    data = json.loads(json.dumps(data))
    finding = next(f for f in data["findings"] if f["kind"] == "contradiction")
    if how == "evidence-object":
        finding["evidence"] = {"source": "x"}
    elif how == "offset-string":
        finding["evidence"][0]["start"] = '"><img src=x onerror=alert(1)>'
    elif how == "no-findings":
        del data["findings"]
    elif how == "sources-null":
        data["sources"] = None
    elif how == "source-not-object":
        data["sources"][1] = "Reuters"
    elif how == "unknown-kind":
        finding["kind"] = "rumour"
    elif how == "unknown-source":
        finding["evidence"][0]["source"] = "nowhere"
    elif how == "confidence-text":
        finding["confidence"] = "high"
    elif how == "quote-elsewhere":
        finding["evidence"][0]["start"] += 5
    elif how == "claim-values-null":
        data["claims"][0]["values"] = None
    return data


@pytest.mark.parametrize("how, field", [
    ("evidence-object", "evidence"), ("offset-string", "start"), ("no-findings", "findings"), ("sources-null", "sources"),
    ("source-not-object", "sources[1]"), ("unknown-kind", "kind"), ("unknown-source", "source"),
    ("confidence-text", "confidence"), ("quote-elsewhere", "quote"), ("claim-values-null", "claims[0].values"),
])
def test_show_names_the_wrong_field_of_a_report(tmp_path, demo_report, how, field):
    path = _saved(tmp_path, _broken(to_dict(demo_report), how))
    for fmt in ("text", "html", "markdown", "csv"):
        result = CliRunner().invoke(main, ["show", str(path), "--format", fmt])
        assert result.exit_code == ExitStatus.ERROR, (how, fmt, result.output)
        assert isinstance(result.exception, SystemExit), (how, fmt, result.exception)
        assert "not a valid verify report" in result.output and field in result.output, result.output
        assert len(result.output.strip().splitlines()) == 1


def test_show_renders_numbers_where_text_is_expected(tmp_path, demo_report):
    data = to_dict(demo_report)
    data["sources"][0]["outlet"] = 7
    data["sources"][0]["title"] = 2024.5
    data["sources"][0]["url"] = 12345
    data["findings"][0]["summary"] = 42
    path = _saved(tmp_path, data)
    for fmt in ("text", "json", "markdown", "html", "csv", "claimreview"):
        result = CliRunner().invoke(main, ["show", str(path), "--format", fmt])
        assert result.exit_code == 0, (fmt, result.output, result.exception)
        assert "42" in result.output, fmt  # the summary of the contradiction
        if fmt not in ("csv", "claimreview"):  # the formats with a title column
            assert "2024.5" in result.output, fmt
    text = CliRunner().invoke(main, ["show", str(path)]).output
    assert "] 7 · " in text


# ------------------------------------------------------------------ escaping in every renderer

class _Attrs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)

    def handle_data(self, data):
        if self._in_script is not None:
            self.scripts.append((self._in_script, data))
            self._in_script = None


def test_html_numbers_from_a_loaded_report_never_reach_an_attribute_raw(demo_report):
    data = to_dict(demo_report)
    data["findings"][0]["evidence"][0]["start"] = '0" onmouseover="alert(1)'
    with pytest.raises((ValueError, TypeError)):
        render(data, "html")
    data = to_dict(demo_report)
    data["findings"][0]["evidence"][0]["start"] = 3.0  # a float that is an int: written as one
    page = _Attrs()
    page.feed(render(data, "html"))
    quotes = [a for t, a in page.tags if t == "blockquote"]
    assert quotes and all(re.fullmatch(r"\d+", a["data-start"]) and re.fullmatch(r"\d+", a["data-end"]) for a in quotes)
    assert not any(k.startswith("on") for _, a in page.tags for k in a)


def test_html_ids_outlets_and_titles_are_escaped_in_attributes_and_text(demo_report):
    data = to_dict(demo_report)
    evil = '"><img src=x onerror=alert(1)>'
    old_id = data["sources"][0]["id"]
    data["sources"][0].update(id=old_id + evil, outlet="Out" + evil, title="T" + evil, published="2023" + evil)
    for f in data["findings"]:
        for e in f["evidence"]:
            if e["source"] == old_id:
                e["source"] = old_id + evil
    for c in data["claims"]:
        if c["source"] == old_id:
            c["source"] = old_id + evil
    html = render(data, "html")
    page = _Attrs()
    page.feed(html)
    assert not [t for t, _ in page.tags if t == "img"]
    assert any(a.get("data-source") == old_id + evil for t, a in page.tags if t == "blockquote")


def test_html_csp_allows_only_the_pages_own_script_by_its_hash(demo_report):
    page = _Attrs()
    page.feed(render(demo_report, "html"))
    (csp,) = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert directives["default-src"] == "'none'"
    runnable = [text for attrs, text in page.scripts if attrs.get("type") != "application/json"]
    assert len(runnable) == 1
    digest = base64.b64encode(hashlib.sha256(runnable[0].encode("utf-8")).digest()).decode()
    assert directives["script-src"] == f"'sha256-{digest}'"


def test_markdown_escapes_ids_dates_aspects_and_problems(demo_report):
    data = to_dict(demo_report)
    old_id = data["sources"][0]["id"]
    new_id = "<img src=x onerror=alert(1)>"
    data["sources"][0].update(id=new_id, published="<script>alert(2)</script>")
    for f in data["findings"]:
        for e in f["evidence"]:
            if e["source"] == old_id:
                e["source"] = new_id
    data["findings"][0]["aspect"] = "<b onclick=x>date</b>"
    data["problems"] = [{"source": "`x` <img src=y onerror=alert(3)>", "message": "[link](javascript:alert(4))", "skipped": True}]
    md = render(data, "markdown")
    assert not re.search(r"(?<!\\)<(img|script|b)\b", md), md[:2000]
    assert "](javascript:" not in md.replace("\\]", "")


def test_terminal_output_has_no_control_characters(tmp_path, demo_report):
    data = to_dict(demo_report)
    data["sources"][0]["outlet"] = "\x1b[2J\x1b]0;owned\x07Evil\rverify: everything is fine"
    data["sources"][0]["title"] = "Title\nverify: forged line\x9b31m"
    data["findings"][0]["summary"] = "\x1b[1mloud\u202egnp.exe"
    data["sources"][0]["text"] += "\n\x9b2J\x1b]8;;http://x\x07"  # after every quote: the offsets still hold
    path = _saved(tmp_path, data)
    text = CliRunner().invoke(main, ["show", str(path)]).output
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text)
    assert not any(line.startswith("verify: forged") for line in text.splitlines())
    for fmt in ("markdown", "csv", "html"):
        out = CliRunner().invoke(main, ["show", str(path), "--format", fmt]).output
        assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out, fmt
    raw = CliRunner().invoke(main, ["show", str(path), "--format", "json"]).output
    assert "\x1b" not in raw and "\x9b" not in raw and "\\u009b" in raw
    assert json.loads(raw)["sources"][0]["title"] == "Title\nverify: forged line\x9b31m"  # the data itself is kept


def test_cli_messages_cannot_be_forged_by_a_file_name(tmp_path):
    sources = _articles(tmp_path / "in")
    evil = sources / "bad\x1b[2J\rverify: all sources read\nok.txt"
    evil.write_bytes(b"\x00\xff\x00binary")
    result = CliRunner().invoke(main, ["extract", str(sources), "-o", str(tmp_path / "claims")])
    assert result.exit_code == ExitStatus.SOURCES_SKIPPED, result.output
    assert "\x1b" not in result.output and "\r" not in result.output
    assert not any(line.startswith("verify: all sources read") for line in result.output.splitlines())
    assert any(line.startswith("verify: skipped") and "ok.txt" in line for line in result.output.splitlines())
    missing = CliRunner().invoke(main, ["show", str(tmp_path / "gone\x1b]0;owned\x07\nError: forged.json")])
    assert missing.exit_code == ExitStatus.USAGE
    assert "\x1b" not in missing.output and "\x07" not in missing.output
    assert not any(line.startswith("Error: forged") for line in missing.output.splitlines())
    nothing = CliRunner().invoke(main, ["compare", str(tmp_path / "no\x1b[31msuch\nverify: fine.txt")])
    assert nothing.exit_code == ExitStatus.ERROR and "\x1b" not in nothing.output
    assert len(nothing.output.strip().splitlines()) == 1, nothing.output


# ------------------------------------------------------------------ properties: any field, any format

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

NASTY = ['"><script>alert(1)</script>', "<img src=x onerror=alert(1)>", "\x1b[2J", "\x1b]0;t\x07", "\r", "\n", "\t", "\x9b",
         "\u202e", "\u2028", "`", "|", "*", "_", "[x](javascript:y)", "&amp;", "=SUM(A1)", "'", '"', "\\", "</script>", "<!--"]
hostile = st.lists(st.one_of(st.sampled_from(NASTY), st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=6)),
                   max_size=6).map("".join)
PROPERTIES = settings(max_examples=max(10, int(os.environ.get("VERIFY_FUZZ_EXAMPLES", "200")) // 4), deadline=None,
                      suppress_health_check=list(HealthCheck))


def _report(fields: list[str], text: str, cut: int) -> dict:
    """A two-source report whose every shown field comes from `fields`."""
    f = iter(fields)
    sources = [{"id": f"s{n}-" + next(f), "path": next(f), "outlet": next(f), "title": next(f), "published": next(f),
                "published_inferred": False, "kind": "text", "url": "https://x.example/" + next(f), "text": text} for n in (0, 1)]
    evidence = [{"source": s["id"], "quote": text[:cut], "start": 0, "end": cut, "value": next(f), "claim": None} for s in sources]
    return {"schema": "verify-report/1", "sources": sources, "entities": [],
            "findings": [{"kind": kind, "aspect": next(f), "confidence": 0.5, "summary": next(f), "evidence": evidence}
                         for kind in ("contradiction", "agreement", "uncertain", "single_source")],
            "problems": [{"source": next(f), "message": next(f), "skipped": True}]}


def _shape(fmt: str, out: str):
    """What must not depend on the data: the lines, or the HTML elements and attribute names."""
    if fmt == "html":
        page = _Attrs()
        page.feed(out)
        return [(t, sorted(a)) for t, a in page.tags]
    if fmt == "csv":
        import csv
        import io

        return [len(row) for row in csv.reader(io.StringIO(out))]
    return len(out.splitlines())


@PROPERTIES
@given(st.lists(hostile, min_size=30, max_size=30), hostile, st.integers(0, 20))
def test_any_field_renders_inert_in_every_format(fields, text, cut):
    from verifier.report.contract import validated

    text = "Police said " + text
    data = validated(_report(fields, text, min(cut, len(text))))
    tokens = {v: f"x{n}" for n, v in enumerate(dict.fromkeys(fields))}  # equal fields stay equal, empty ones empty
    plain = validated(_report([tokens[f] if f else "" for f in fields], text, min(cut, len(text))))
    controls = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
    for fmt in ("text", "markdown", "html", "csv"):
        out = render(data, fmt)
        assert not controls.search(out), fmt
        assert _shape(fmt, out) == _shape(fmt, render(plain, fmt)), fmt  # no field adds a line, a cell or an element
    md = render(data, "markdown")
    assert not re.search(r"(?<!\\)[<`]", md.replace("\\\\", ""))
    for fmt in ("json", "claimreview"):
        out = render(data, fmt)
        assert not controls.search(out.replace("\n", "").replace("  ", ""))
        json.loads(out)
    assert json.loads(render(data, "json")) == data  # the JSON keeps the data exactly


@PROPERTIES
@given(st.lists(st.text(max_size=300), max_size=12))
def test_file_names_are_distinct_bounded_and_order_free(ids):
    from verifier.report import file_names

    names = file_names(ids, ".jsonl")
    assert set(names) == set(ids)
    assert len({n.casefold() for n in names.values()}) == len(names)
    assert file_names(list(reversed(ids)), ".jsonl") == names
    for n in names.values():
        assert n.endswith(".jsonl") and "/" not in n and "\x00" not in n and not n.startswith(".")
        assert len(n.encode("utf-8", "surrogatepass")) <= 255


@PROPERTIES
@given(hostile)
def test_a_cli_message_is_one_clean_line(text):
    from verifier.cli import one_line

    out = one_line(f"{text}: cannot be read")
    assert "\n" not in out and "\r" not in out
    assert not re.search("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]", out)
