"""Real-world sources (issue: HTML pages, URLs, mixed folders, bad input).
URL tests use a local HTTP server on 127.0.0.1; nothing touches the network."""

from __future__ import annotations

import http.server
import json
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from verifier.cli import main
from verifier.errors import ExitStatus
from verifier.sources import read_sources, web

DATA = Path(__file__).parent / "data"
PAGE = (DATA / "page.html").read_bytes()
GOOD_TEXT = "The minister said on Monday that the talks in Paris with the envoy went well and would continue."


class _Handler(http.server.BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def do_GET(self):  # noqa: N802 - the http.server API
        _Handler.hits[self.path] = _Handler.hits.get(self.path, 0) + 1
        routes = {
            "/article": (200, "text/html; charset=utf-8", PAGE),
            "/nav": (200, "text/html", b"<html><body><nav><a href='/'>Home</a> <a href='/x'>World</a></nav></body></html>"),
            "/paper": (200, "application/pdf", b"%PDF-1.7 ..."),
            "/plain": (200, "text/plain; charset=utf-8", GOOD_TEXT.encode()),
            "/slow": (200, "text/plain", GOOD_TEXT.encode()),
        }
        if self.path == "/old":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(2)
        if self.path not in routes:
            self.send_error(404, "Not Found")
            return
        status, ctype, body = routes[self.path]
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def only(problems, skipped=True):
    return [p for p in problems if p.skipped == skipped]


# ---------------------------------------------------------------- HTML

def test_saved_html_page_gives_article_and_metadata(tmp_path):
    (tmp_path / "page.html").write_bytes(PAGE)
    (src,), problems = read_sources([tmp_path / "page.html"])
    assert not only(problems)
    assert src.kind == "html"
    assert src.outlet == "Example Times"
    assert src.title == "Top Iranian, Iraqi security officials hold talks in Tehran"
    assert src.author == "Staff Reporter"
    assert src.published == datetime(2024, 11, 11)
    assert "received Iraqi National Security Adviser Qassem al-Araji" in src.text
    for junk in ("Home", "should not be text", "Leave a Reply", "© 2024", "Twitter"):
        assert junk not in src.text


def test_html_report_offsets_point_into_extracted_text(tmp_path, embedder):
    import verifier

    (tmp_path / "page.html").write_bytes(PAGE)
    (tmp_path / "other.txt").write_text("On March 19, Iran and Iraq signed a security agreement aimed at protecting their "
                                        "shared border.", encoding="utf-8")
    report = verifier.compare([tmp_path], embedder=embedder)
    data = verifier.report.to_dict(report)
    texts = {s["id"]: s.get("text") for s in data["sources"]}
    assert texts["other"] == (tmp_path / "other.txt").read_text(encoding="utf-8")
    assert "received Iraqi National Security Adviser" in texts["page"] and "<p>" not in texts["page"]
    agreement = next(f for f in data["findings"] if f["kind"] == "agreement")
    for e in agreement["evidence"]:
        assert texts[e["source"]][e["start"]:e["end"]] == e["quote"]


def test_navigation_only_and_malformed_pages(tmp_path):
    (tmp_path / "nav.html").write_text("<html><body><nav><a href='/'>Home</a><a href='/w'>World</a></nav></body></html>")
    (tmp_path / "broken.html").write_bytes(PAGE[: len(PAGE) // 2])  # truncated half-way through the article
    (tmp_path / "garbage.html").write_text("<<<>>><!-- <html <body </p></div></div></html")
    sources, problems = read_sources([tmp_path])
    messages = {Path(p.source).name: p.message for p in only(problems)}
    assert "no article text" in messages["nav.html"]
    assert "garbage.html" in messages
    assert [s.id for s in sources] == ["broken"]  # a truncated page still yields what it has


def test_language_it_cannot_read_is_said(tmp_path):
    german = ("Der Minister hat am Montag in Berlin erklärt, dass die Gespräche mit dem Gesandten gut verlaufen seien. "
              "Beide Seiten wollen die Zusammenarbeit in Sicherheitsfragen in den kommenden Monaten weiter vertiefen.")
    (tmp_path / "de.txt").write_text(german, encoding="utf-8")
    (tmp_path / "en.txt").write_text(GOOD_TEXT, encoding="utf-8")
    sources, problems = read_sources([tmp_path])
    assert [s.id for s in sources] == ["en"]
    assert "German (de)" in only(problems)[0].message


def test_huge_file_is_capped(tmp_path, monkeypatch):
    monkeypatch.setattr("verifier.sources.read.MAX_SOURCE_BYTES", 1000)
    (tmp_path / "huge.txt").write_text(GOOD_TEXT * 50, encoding="utf-8")
    (tmp_path / "small.txt").write_text(GOOD_TEXT, encoding="utf-8")
    sources, problems = read_sources([tmp_path])
    assert [s.id for s in sources] == ["small"]
    assert "cap" in only(problems)[0].message


def test_unsupported_file_named(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    sources, problems = read_sources([tmp_path / "scan.pdf"])
    assert not sources and "PDF" in problems[0].message


# ---------------------------------------------------------------- records, sidecars, stdin

def test_jsonl_records_with_explicit_metadata(tmp_path):
    rows = [
        {"text": GOOD_TEXT, "outlet": "Wire A", "published": "2024-02-05T10:00:00Z", "url": "https://a.example/1", "title": "T1"},
        {"text": "Rain closed two bridges in the old town of Lyon on Tuesday, the mayor said.", "outlet": "Wire B"},
        {"title": "no text here"},
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    sources, problems = read_sources([tmp_path / "feed.jsonl"])
    assert [(s.outlet, s.kind) for s in sources] == [("Wire A", "record"), ("Wire B", "record")]
    assert sources[0].published == datetime(2024, 2, 5, 10, 0) and sources[0].url == "https://a.example/1"
    assert sources[0].id == "a-example-1" and sources[1].id == "feed-002"
    assert "feed.jsonl#3" in only(problems)[0].source


def test_json_array_and_malformed_json(tmp_path):
    (tmp_path / "list.json").write_text(json.dumps([{"text": GOOD_TEXT, "outlet": "Wire A"}]), encoding="utf-8")
    (tmp_path / "bad.json").write_text('[{"text": "unterminated', encoding="utf-8")
    sources, problems = read_sources([tmp_path])
    assert [s.outlet for s in sources] == ["Wire A"]
    assert "malformed JSON" in only(problems)[0].message


def test_sidecar_metadata_wins_over_guess(tmp_path):
    (tmp_path / "story.txt").write_text("TEHRAN (FNA)- " + GOOD_TEXT, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(json.dumps({"outlet": "Fars News Agency", "published": "2023-03-19"}))
    (src,), _ = read_sources([tmp_path])
    assert src.outlet == "Fars News Agency" and src.published == datetime(2023, 3, 19)


def test_outlet_option_wins_over_everything(tmp_path):
    (tmp_path / "story.txt").write_text("TEHRAN (FNA)- " + GOOD_TEXT, encoding="utf-8")
    (src,), _ = read_sources([tmp_path], outlet="My Outlet")
    assert src.outlet == "My Outlet"


def test_stdin_through_the_cli(tmp_path):
    out = tmp_path / "r.json"
    result = CliRunner().invoke(main, ["compare", "-", "--format", "json", "-o", str(out), "--no-cache"], input=GOOD_TEXT)
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["sources"][0]["id"] == "stdin"


# ---------------------------------------------------------------- URLs

def test_url_fetched_once_then_from_cache(server, tmp_path):
    _Handler.hits.clear()
    for _ in range(2):
        (src,), problems = read_sources([server + "/article"], cache_dir=tmp_path)
    assert src.kind == "url" and src.outlet == "Example Times" and src.url == server + "/article"
    assert _Handler.hits["/article"] == 1
    read_sources([server + "/article"], cache_dir=tmp_path, refresh=True)
    assert _Handler.hits["/article"] == 2


def test_redirect_is_followed_and_reported(server, tmp_path):
    (src,), problems = read_sources([server + "/old"], cache_dir=tmp_path)
    assert src.url == server + "/article"
    assert any("redirected to" in p.message and not p.skipped for p in problems)


def test_url_errors_are_one_line_and_others_still_read(server, tmp_path, monkeypatch):
    monkeypatch.setattr(web, "TIMEOUT_SECONDS", 0.5)
    specs = [server + "/missing", server + "/slow", server + "/paper", server + "/nav", server + "/plain"]
    sources, problems = read_sources(specs, cache_dir=tmp_path)
    assert [s.kind for s in sources] == ["url"]
    messages = {p.source.rsplit("/", 1)[-1]: p.message for p in only(problems)}
    assert messages["missing"] == "HTTP 404 Not Found"
    assert "timed out" in messages["slow"]
    assert "not a web page (application/pdf)" == messages["paper"]
    assert "no article text" in messages["nav"]


def test_corrupt_cache_entry_is_discarded(server, tmp_path):
    read_sources([server + "/article"], cache_dir=tmp_path)
    for body in (tmp_path / "pages").glob("*.body"):
        body.write_bytes(b"half a page")
    (src,), problems = read_sources([server + "/article"], cache_dir=tmp_path)
    assert "received Iraqi National Security Adviser" in src.text
    assert any("corrupt cache entry" in p.message for p in problems)


def test_cli_exit_codes_distinguish_all_read_from_some_skipped(server, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(main, ["compare", server + "/plain", "--format", "json", "-o", str(tmp_path / "a.json"),
                              "--cache-dir", str(tmp_path)])
    assert ok.exit_code == ExitStatus.SUCCESS, ok.output
    some = runner.invoke(main, ["compare", server + "/plain", server + "/missing", "--format", "json",
                                "-o", str(tmp_path / "b.json"), "--cache-dir", str(tmp_path)])
    assert some.exit_code == ExitStatus.SOURCES_SKIPPED
    assert "HTTP 404" in some.output
    assert len(json.loads((tmp_path / "b.json").read_text())["sources"]) == 1
