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


# ---------------------------------------------------------------- exports

def test_csv_one_row_per_finding_and_source_and_no_formulas(demo_report):
    import csv
    import io

    data = to_dict(demo_report)
    data["findings"][0]["evidence"][0]["quote"] = '=HYPERLINK("http://evil","click")'
    data["findings"][0]["summary"] = "+1 -2 @SUM(A1)"
    rows = list(csv.DictReader(io.StringIO(render(data, "csv"))))
    assert len(rows) == sum(len(f["evidence"]) for f in data["findings"])
    first = rows[0]
    assert first["quote"].startswith("'=") and first["summary"].startswith("'+")
    assert first["kind"] == "contradiction" and first["outlet"] == "ISWNews Analysis Group"
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@")), cell


# The schema.org properties fact-check publishers use (schema.org/ClaimReview,
# /Claim, /CreativeWork, /Rating, /Organization); Google's fact-check markup
# needs claimReviewed, reviewRating.alternateName and itemReviewed appearances.
SCHEMA = {
    "ClaimReview": {"@context", "@type", "claimReviewed", "itemReviewed", "reviewRating", "reviewBody", "author",
                    "publisher", "url", "datePublished"},
    "Claim": {"@type", "appearance", "firstAppearance", "datePublished", "author"},
    "CreativeWork": {"@type", "url", "text", "datePublished", "publisher", "headline"},
    "Rating": {"@type", "alternateName", "ratingValue", "bestRating", "worstRating"},
    "Organization": {"@type", "name", "url"},
}


def _check_schema(node, expected_type):
    assert node["@type"] == expected_type
    assert set(node) <= SCHEMA[expected_type], set(node) - SCHEMA[expected_type]


def test_claimreview_jsonld_for_each_contradiction(demo_report):
    reviews = json.loads(render(demo_report, "claimreview", author="Example Check", publisher="Example Check",
                                review_url="https://check.example/ahmadian", date_published="2026-11-24"))
    assert len(reviews) == sum(f.kind == "contradiction" for f in demo_report.findings) == 1
    (review,) = reviews
    assert review["@context"] == "https://schema.org"
    _check_schema(review, "ClaimReview")
    assert review["claimReviewed"].startswith("Ali Akbar Ahmadian's appointment")
    _check_schema(review["reviewRating"], "Rating")
    assert review["reviewRating"]["alternateName"]
    _check_schema(review["author"], "Organization")
    assert review["author"]["name"] == "Example Check" and review["url"] == "https://check.example/ahmadian"
    item = review["itemReviewed"]
    _check_schema(item, "Claim")
    assert len(item["appearance"]) == 2
    for work in item["appearance"] + [item["firstAppearance"]]:
        _check_schema(work, "CreativeWork")
        _check_schema(work["publisher"], "Organization")
    assert item["firstAppearance"]["datePublished"] == "2023-05-29T20:28" and item["datePublished"] == "2023-05-29"


def test_claimreview_leaves_author_to_the_user(demo_report):
    (review,) = json.loads(render(demo_report, "claimreview"))
    assert "author" not in review and "url" not in review


def test_html_report_is_self_contained_and_escaped(demo_report):
    data = to_dict(demo_report)
    data["sources"][0]["text"] = data["sources"][0]["text"] + "</script><script>alert(1)</script>"
    data["findings"][0]["summary"] = "<img src=x onerror=alert(1)>"
    html = render(data, "html")
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert html.count("<script") == 2  # the data block and the page's own script, nothing from the articles
    assert "</script><script>alert(1)" not in html
    assert "http://" not in html.replace("http-equiv", "") and "https://" not in html  # no CDN, no network


def test_html_quote_shows_its_event_frame_on_hover(demo_report):
    from verifier.report import render, to_dict

    data = to_dict(demo_report)
    framed = next(c for c in data["claims"] if c["frame"] and c["frame"]["type"] not in {"other"}
                  and any(e.get("claim") == c["id"] for f in data["findings"] for e in f["evidence"]))
    html = render(data, "html")
    assert f'title="Event: {framed["frame"]["type"]}' in html
    # the frame of every claim is in the JSON contract, its trigger inside the claim
    for c in data["claims"]:
        t = c["frame"]["trigger"]
        if t:
            assert c["start"] <= t["start"] < t["end"] <= c["end"]
