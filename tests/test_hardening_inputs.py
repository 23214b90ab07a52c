"""Hostile and careless inputs (issue 13, the input side): files that are not
files, records with fields of the wrong type, text in Western code pages,
servers that trickle, lie or redirect where they should not, and caches that
cannot be used. URL tests use a local HTTP server on 127.0.0.1 only."""

from __future__ import annotations

import gzip
import http.server
import io
import json
import os
import threading
import time
import zlib
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from verifier.cli import main
from verifier.embed import Embedder, _key
from verifier.errors import SourceError
from verifier.sources import decode, read_sources, web

GOOD = "The minister said on Monday that the talks in Paris with the envoy went well and would continue."
OTHER = "Rain closed two bridges in the old town of Lyon on Tuesday, the mayor said after the storm."
THIRD = "The striker scored twice as United beat City 3-1 at home on Saturday, the club said."
PAGE = (Path(__file__).parent / "data" / "page.html").read_bytes()
LATIN = ("Juan Peña, the mayor of São Paulo, met François Lefèvre and Jürgen Müller in Köln on Monday. "
         "Peña said the talks with Gonçalves and Müller about the Straße project went well.")

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")


def skipped(problems):
    return [p for p in problems if p.skipped]


def notes(problems):
    return [p for p in problems if not p.skipped]


def one_line(problems):
    assert all("\n" not in p.message and "\n" not in p.source for p in problems)
    return problems


# ---------------------------------------------------------------- only regular files, one cap counted in bytes

def test_link_to_dev_zero_is_refused_not_read(tmp_path):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    sources, problems = read_sources([tmp_path / "zero.txt", tmp_path / "good.txt"])
    assert [s.id for s in sources] == ["good"]
    (problem,) = one_line(skipped(problems))
    assert problem.source.endswith("zero.txt") and "link to /dev/zero" in problem.message and "device" in problem.message


@needs_fifo
def test_fifo_given_as_a_source_does_not_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # nobody ever writes to it: opening it for reading would block
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    sources, problems = read_sources([tmp_path / "pipe.txt", tmp_path / "good.txt"])
    assert [s.id for s in sources] == ["good"]
    assert "named pipe" in skipped(problems)[0].message


@needs_fifo
def test_fifo_as_a_metadata_sidecar_does_not_hang(tmp_path):
    (tmp_path / "story.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "story.meta.json")
    sources, problems = read_sources([tmp_path / "story.txt"])
    assert not sources
    assert "story.meta.json" in problems[0].source and "named pipe" in problems[0].message


@needs_fifo
def test_every_file_of_a_folder_not_read_is_named_in_one_line(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / "draft.docx").write_bytes(b"PK\x03\x04 ...")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "sub" / "other.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "sub" / "other.meta.json").write_text(json.dumps({"outlet": "Wire B"}), encoding="utf-8")
    sources, problems = read_sources([tmp_path])
    assert sorted(s.id for s in sources) == ["good", "other"]
    (summary,) = one_line(skipped(problems))
    assert summary.source == str(tmp_path) and summary.message.startswith("4 file(s) not read")
    for name in ("scan.pdf", "draft.docx", "pipe.txt (a named pipe", os.path.join("sub", "photo.jpg")):
        assert name in summary.message
    assert "other.meta.json" not in summary.message  # a sidecar that was used is read, not skipped


def test_stdin_is_capped_by_the_bytes_read(tmp_path, monkeypatch):
    monkeypatch.setattr("verifier.sources.read.MAX_SOURCE_BYTES", 1000)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "r.json"
    result = CliRunner().invoke(main, ["compare", "-", str(tmp_path / "good.txt"), "--format", "json", "-o", str(out),
                                       "--no-cache"], input=GOOD * 50)
    assert "stdin: larger than the 0.001 MB cap" in result.output
    assert [s["id"] for s in json.loads(out.read_text())["sources"]] == ["good"]


def test_stdin_stream_is_read_only_up_to_the_cap(monkeypatch):
    monkeypatch.setattr("verifier.sources.read.MAX_SOURCE_BYTES", 1000)

    class Endless(io.RawIOBase):
        """A stream that never ends, like `yes | verify compare -`."""

        read_bytes = 0

        def readable(self):
            return True

        def readinto(self, buffer):
            buffer[:] = b"y" * len(buffer)
            Endless.read_bytes += len(buffer)
            return len(buffer)

    sources, problems = read_sources(["-"], stdin=io.BufferedReader(Endless()))
    assert not sources and "cap" in problems[0].message
    assert Endless.read_bytes < 100_000


def test_unsupported_type_is_named_before_the_size_cap(tmp_path, monkeypatch):
    monkeypatch.setattr("verifier.sources.read.MAX_SOURCE_BYTES", 1000)
    (tmp_path / "big.docx").write_bytes(b"PK\x03\x04" + b"x" * 5000)
    sources, problems = read_sources([tmp_path / "big.docx"])
    assert not sources and "unsupported file type '.docx'" in problems[0].message


# ---------------------------------------------------------------- records: every field checked for type

@pytest.mark.parametrize("field, value, expected", [
    ("outlet", 42, 'field "outlet" is the number 42, not text'),
    ("title", 7.5, 'field "title" is the number 7.5, not text'),
    ("url", ["https://a.example"], 'field "url" is a list, not text'),
    ("published", float("nan"), 'field "published" is the number nan, not a date'),
    ("published", 1e20, 'field "published" is the number 1e+20, not a date'),
    ("published", True, 'field "published" is true/false, not a date'),
    ("text", 12, 'field "text" is the number 12, not text'),
    ("id", {"x": 1}, 'field "id" is an object'),
])
def test_record_field_of_the_wrong_type_skips_that_record_only(tmp_path, field, value, expected):
    rows = [{"text": GOOD, "outlet": "Wire A"}, {"text": OTHER, "outlet": "Wire B", field: value}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    sources, problems = read_sources([tmp_path / "feed.jsonl"])
    assert [s.outlet for s in sources] == ["Wire A"]
    (problem,) = one_line(skipped(problems))
    assert problem.source.endswith("feed.jsonl#2") and expected in problem.message


def test_epoch_seconds_still_read_as_a_date(tmp_path):
    (tmp_path / "feed.json").write_text(json.dumps([{"text": GOOD, "published": 1700000000}]), encoding="utf-8")
    (src,), problems = read_sources([tmp_path / "feed.json"])
    assert src.published == datetime(2023, 11, 14, 22, 13, 20) and not problems


@pytest.mark.parametrize("content, expected", [
    ('{"articles": null}', 'field "articles" is null, not a list of records'),
    ('{"articles": {"text": "x"}}', 'field "articles" is an object'),
    ('"just a string"', "holds text, not a record or a list of records"),
    ("42", "holds the number 42"),
    ('{"text": ' * 100_000 + '"deep"' + "}" * 100_000, "nested too deeply"),
], ids=["articles-null", "articles-object", "string", "number", "deep"])
def test_json_file_of_the_wrong_shape_is_one_line(tmp_path, content, expected):
    (tmp_path / "odd.json").write_text(content, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    sources, problems = read_sources([tmp_path])
    assert [s.id for s in sources] == ["good"]
    (problem,) = one_line(skipped(problems))
    assert problem.source.endswith("odd.json") and expected in problem.message


def test_record_that_is_not_an_object_is_named(tmp_path):
    (tmp_path / "feed.json").write_text(json.dumps([{"text": GOOD}, "stray", 3]), encoding="utf-8")
    sources, problems = read_sources([tmp_path / "feed.json"])
    assert len(sources) == 1
    assert [p.source.rsplit("#", 1)[1] for p in skipped(problems)] == ["2", "3"]


def test_malformed_jsonl_line_skips_that_line_with_its_true_number(tmp_path):
    lines = [json.dumps({"text": GOOD}), "", json.dumps({"text": OTHER}), '{"text": "cut off', json.dumps({"text": THIRD})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    sources, problems = read_sources([tmp_path / "feed.jsonl"])
    assert len(sources) == 3 and [s.path.rsplit("#", 1)[1] for s in sources] == ["1", "3", "5"]
    (problem,) = one_line(skipped(problems))
    assert problem.source.endswith("feed.jsonl#4") and "line 4" in problem.message


def test_jsonl_keeps_line_separators_inside_strings(tmp_path):
    text = GOOD + "\u2028" + OTHER  # U+2028 is allowed raw inside a JSON string
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    (src,), problems = read_sources([tmp_path / "feed.jsonl"])
    assert src.text == text and not skipped(problems)


def test_relative_date_in_a_record_is_not_resolved_against_the_clock(tmp_path):
    rows = [{"text": GOOD, "published": "yesterday"}, {"text": OTHER, "published": "March 5"},
            {"text": THIRD, "published": "5 March 2024"}, {"text": GOOD + " Later.", "date": "0001-01-01T00:00:00Z"}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    sources, problems = read_sources([tmp_path / "feed.jsonl"])
    assert [s.published for s in sources] == [None, None, datetime(2024, 3, 5), None]
    messages = [p.message for p in one_line(notes(problems))]
    assert len(messages) == 3 and "'yesterday' is not a full calendar date" in messages[0]
    assert 'field "date" \'0001-01-01T00:00:00Z\' is not a publication date' in messages[2]


def test_sidecar_with_a_numeric_outlet_is_named(tmp_path):
    (tmp_path / "story.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(json.dumps({"outlet": 5}), encoding="utf-8")
    sources, problems = read_sources([tmp_path / "story.txt"])
    assert not sources and problems[0].source.endswith("story.meta.json") and '"outlet"' in problems[0].message


# ---------------------------------------------------------------- ids that do not depend on the order of the arguments

def test_same_file_name_in_two_folders_gets_the_same_ids_in_any_order(tmp_path):
    for folder, text in (("wire", GOOD), ("paper", OTHER), ("blog", THIRD)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, encoding="utf-8")
    paths = [tmp_path / "wire" / "story.txt", tmp_path / "paper" / "story.txt", tmp_path / "blog" / "story.txt"]
    runs = []
    for order in (paths, paths[::-1], paths[1:] + paths[:1]):
        sources, _ = read_sources(order)
        runs.append({Path(s.path).parent.name: s.id for s in sources})
    assert runs[0] == runs[1] == runs[2] == {"wire": "wire-story", "paper": "paper-story", "blog": "blog-story"}


def test_same_stem_in_one_folder_and_clashing_record_ids(tmp_path):
    (tmp_path / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "x.md").write_text(OTHER, encoding="utf-8")
    for name, text in (("a.jsonl", GOOD + " Again."), ("b.jsonl", THIRD)):
        (tmp_path / name).write_text(json.dumps({"id": 1, "text": text}), encoding="utf-8")
    ids = [sorted(s.id for s in read_sources(order)[0]) for order in ([tmp_path], sorted(tmp_path.iterdir(), reverse=True))]
    assert ids[0] == ids[1] == ["a-1", "b-1", "x.md", "x.txt"]


# ---------------------------------------------------------------- encodings

def test_latin1_names_are_not_read_as_central_european(tmp_path):
    (tmp_path / "latin1.txt").write_bytes(LATIN.encode("latin-1"))
    (src,), problems = read_sources([tmp_path / "latin1.txt"])
    assert src.text == LATIN
    for name in ("Peña", "São Paulo", "François Lefèvre", "Jürgen Müller", "Köln", "Gonçalves", "Straße"):
        assert name in src.text
    assert "cp1252" in notes(problems)[0].message


@pytest.mark.parametrize("data, expected", [
    (LATIN.encode("cp1252"), LATIN),
    ("Le ministre a été reçu à Téhéran, où l’accord a été signé.".encode("cp1252"), "Le ministre a été reçu à Téhéran, où l’accord a été signé."),
    ("Der Bürgermeister von Düsseldorf, Herr Größe, sprach über die Brücke.".encode("latin-1"),
     "Der Bürgermeister von Düsseldorf, Herr Größe, sprach über die Brücke."),
])
def test_western_text_decodes_as_cp1252(data, expected):
    assert decode(data, "f.txt")[0] == expected


def _page(charset: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in (LATIN, GOOD, OTHER, THIRD))
    return (f'<html><head><meta charset="{charset}"><title>Talks in Köln</title></head>'
            f"<body><article><h1>Mayor of São Paulo in Köln</h1>{paragraphs}</article></body></html>")


def test_declared_charset_wins_when_it_decodes(tmp_path):
    (tmp_path / "page.html").write_bytes(_page("iso-8859-1").encode("latin-1"))
    (src,), problems = read_sources([tmp_path / "page.html"])
    assert "Peña, the mayor of São Paulo" in src.text and not problems


def test_page_declaring_utf8_but_in_latin1(tmp_path):
    (tmp_path / "page.html").write_bytes(_page("utf-8").encode("latin-1"))
    (src,), problems = read_sources([tmp_path / "page.html"])
    assert "Jürgen Müller in Köln" in src.text
    assert "declared utf-8" in notes(problems)[0].message


def test_utf8_text_declared_as_latin1_is_read_as_utf8():
    text, note = decode(LATIN.encode("utf-8"), "p.html", declared="iso-8859-1")
    assert text == LATIN and "UTF-8" in note


def test_two_byte_declaration_on_single_byte_text_is_ignored():
    text = "The minister said on Monday that the talks went well."
    assert decode(text.encode(), "p.html", declared="utf-16") == (text, None)


# ---------------------------------------------------------------- network: a local server that misbehaves

class _Hostile(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def _send(self, status, headers, body=b""):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 - the http.server API
        text = (GOOD + " " + OTHER).encode()
        try:
            if self.path == "/trickle-body":
                self._send(200, [("Content-Type", "text/plain"), ("Content-Length", "40")])
                for _ in range(40):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.25)
            elif self.path == "/trickle-headers":
                self.wfile.write(b"HTTP/1.0 200 OK\r\n")
                for _ in range(40):
                    self.wfile.write(b"X")
                    self.wfile.flush()
                    time.sleep(0.25)
            elif self.path == "/to-ftp":
                self._send(302, [("Location", "ftp://127.0.0.1/article.txt")])
            elif self.path.startswith("/loop"):
                self._send(302, [("Location", "/loop")])
            elif self.path.startswith("/chain"):
                n = int(self.path.removeprefix("/chain") or 0)
                self._send(302, [("Location", f"/chain{n + 1}")])
            elif self.path == "/bad-status":
                self.wfile.write(b"HELLO \x1b[2J there\r\n\r\n")
            elif self.path == "/many-headers":
                self.wfile.write(b"HTTP/1.0 200 OK\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(200)) + b"\r\n")
            elif self.path == "/gzip":
                self._send(200, [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")], gzip.compress(PAGE))
            elif self.path == "/deflate":
                self._send(200, [("Content-Type", "text/plain"), ("Content-Encoding", "deflate")], zlib.compress(text))
            elif self.path == "/raw-deflate":
                raw = zlib.compressobj(wbits=-15)
                self._send(200, [("Content-Type", "text/plain"), ("Content-Encoding", "deflate")], raw.compress(text) + raw.flush())
            elif self.path == "/bomb":
                self._send(200, [("Content-Type", "text/plain"), ("Content-Encoding", "gzip")], gzip.compress(b" " * 5_000_000))
            elif self.path == "/brotli":
                self._send(200, [("Content-Type", "text/plain"), ("Content-Encoding", "br")], b"\x0b\x02\x80")
            elif self.path == "/big-plain":
                self._send(200, [("Content-Type", "text/plain")], text * 2000)
            elif self.path == "/latin1":
                self._send(200, [("Content-Type", "text/plain; charset=ISO-8859-1")], LATIN.encode("latin-1"))
            elif self.path == "/plain":
                self._send(200, [("Content-Type", "text/plain")], text)
            else:
                self._send(404, [])
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def hostile():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize("path", ["/trickle-body", "/trickle-headers"])
def test_trickling_server_is_cut_off_at_the_deadline(hostile, tmp_path, monkeypatch, path):
    monkeypatch.setattr(web, "DEADLINE_SECONDS", 1, raising=False)
    monkeypatch.setattr(web, "TIMEOUT_SECONDS", 5)  # each byte comes well within the per-read timeout
    started = time.monotonic()
    sources, problems = read_sources([hostile + path, hostile + "/plain"], use_cache=False)
    assert time.monotonic() - started < 6
    assert [s.kind for s in sources] == ["url"]
    assert "no complete answer within 1 s" in skipped(problems)[0].message


def test_fetch_takes_the_deadline_as_a_parameter(hostile):
    with pytest.raises(SourceError, match="within 0.5 s"):
        web.fetch(hostile + "/trickle-body", deadline=0.5)


@pytest.mark.parametrize("path, expected", [
    ("/to-ftp", "only http(s) is followed"),
    ("/loop", "redirect loop"),
    ("/chain", "redirect loop"),
    ("/bad-status", "malformed answer"),
    ("/many-headers", "malformed answer"),
    ("/bomb", "cap for one page (decompressed)"),
    ("/brotli", "'br', which verify does not decode"),
])
def test_misbehaving_server_is_one_line_and_others_still_read(hostile, monkeypatch, path, expected):
    monkeypatch.setattr(web, "MAX_PAGE_BYTES", 1_000_000)
    sources, problems = read_sources([hostile + path, hostile + "/plain"], use_cache=False)
    assert [s.kind for s in sources] == ["url"]
    (problem,) = one_line(skipped(problems))
    assert problem.source == hostile + path and expected in problem.message
    assert "\x1b" not in problem.message


@pytest.mark.parametrize("path", ["/gzip", "/deflate", "/raw-deflate"])
def test_compressed_pages_are_read(hostile, path):
    (src,), problems = read_sources([hostile + path], use_cache=False)
    assert ("Qassem al-Araji" if path == "/gzip" else "bridges in the old town of Lyon") in src.text
    assert not skipped(problems)


def test_plain_text_url_is_capped(hostile, monkeypatch):
    monkeypatch.setattr(web, "MAX_PAGE_BYTES", 50_000)
    sources, problems = read_sources([hostile + "/big-plain"], use_cache=False)
    assert not sources and "cap" in problems[0].message


def test_charset_of_the_http_header_is_used(hostile):
    (src,), problems = read_sources([hostile + "/latin1"], use_cache=False)
    assert src.text == LATIN and not problems


# ---------------------------------------------------------------- caches that cannot be used: run without, one note

def test_page_cache_entry_that_is_a_folder(hostile, tmp_path):
    read_sources([hostile + "/plain"], cache_dir=tmp_path)
    (meta,) = (tmp_path / "pages").glob("*.json")
    meta.unlink()
    meta.mkdir()
    for _ in range(2):
        (src,), problems = read_sources([hostile + "/plain"], cache_dir=tmp_path)
        assert "bridges" in src.text
        (note,) = one_line(notes(problems))
        assert "cannot be used" in note.message


def test_page_cache_folder_that_is_a_file(hostile, tmp_path):
    (tmp_path / "pages").write_text("not a folder")
    sources, problems = read_sources([hostile + "/plain", hostile + "/latin1"], cache_dir=tmp_path)
    assert len(sources) == 2 and not skipped(problems)
    assert len(notes(problems)) == 1 and "page cache" in notes(problems)[0].message


def test_embedding_cache_entry_that_is_a_folder(tmp_path):
    key = _key(GOOD)
    (tmp_path / key[:2] / f"{key}.npy").mkdir(parents=True)
    e = Embedder(tmp_path)
    v = e.encode([GOOD, OTHER])
    assert v.shape == (2, 384) and np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)
    assert len(e.warnings) == 1 and "cannot be used" in e.warnings[0]


def test_embedding_cache_folder_that_is_a_file(tmp_path):
    (tmp_path / "cache").write_text("not a folder")
    e = Embedder(tmp_path / "cache")
    assert e.encode([GOOD, OTHER, THIRD]).shape == (3, 384)
    assert len(e.warnings) == 1 and "cannot be used" in e.warnings[0]


def test_compare_runs_uncached_when_the_cache_folder_is_a_file(tmp_path, monkeypatch):
    (tmp_path / "cache").write_text("not a folder")
    monkeypatch.setenv("VERIFY_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("The minister said on Tuesday that the talks in Paris with the envoy failed.", encoding="utf-8")
    out = tmp_path / "r.json"
    result = CliRunner().invoke(main, ["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "embedding cache" in result.output and "cannot be used" in result.output
    assert len(json.loads(out.read_text())["sources"]) == 2


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_caches(hostile, tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "emb").mkdir()
    for d in ("pages", "emb"):
        (tmp_path / d).chmod(0o500)
    try:
        (src,), problems = read_sources([hostile + "/plain"], cache_dir=tmp_path)
        assert "cannot be used" in notes(problems)[0].message
        e = Embedder(tmp_path / "emb")
        e.encode([GOOD])
        assert "cannot be used" in e.warnings[0]
    finally:
        for d in ("pages", "emb"):
            (tmp_path / d).chmod(0o700)
