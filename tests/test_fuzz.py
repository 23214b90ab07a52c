"""Property-based tests: whatever the text, no exception escapes, every span
lies inside its source with text[start:end] equal to its quote, and every date
interval is ordered. VERIFY_FUZZ_EXAMPLES sets the number of examples (a few
hundred in CI; benchmarks/fuzz.py runs a longer campaign)."""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier.claims import extract
from verifier.errors import SourceError
from verifier.report import render, to_dict
from verifier.sources import analyse, decode

EXAMPLES = int(os.environ.get("VERIFY_FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
PIPELINE = settings(max_examples=max(10, EXAMPLES // 10), deadline=None, suppress_health_check=list(HealthCheck))

CORPUS_BITS = [
    "Iraq’s National Security Adviser Qasim al-Araji held talks with newly-appointed Secretary Ali Akbar Ahmadian in Tehran on May 29.",
    "On March 19, Iran and Iraq signed a security agreement aimed at protecting their shared border.",
    "“Any aggression towards Iran’s security will elicit a strong response,” al-Araji pledged.",
    "According to the Pentagon, at least 110 American forces suffered “traumatic brain injuries”.",
    "Admiral Ali Shamkhani met with Iraqi Prime Minister Mustafa al-Kadhimi on Sunday afternoon.",
    "Lieut. Gen. Soleimani, Abu Mehdi al - Mohandis and ten of their deputies were martyred on January 3, 2020.",
    "فارسی افغانستان العربية English Türkçe", "Share it:", "Read more: a headline", "· 3 min read",
    "Publish Date : 9/13/2021 11:03:39 PM", "TEHRAN (FNA)- ", "IP (Baghdad) - ", "source: example.com",
    "שלום עולם ומדינה", "\u200b", "\u200c", "\u200d", "\u200f", "\ufeff", "\u202e", "“", "\"", "(", ")", "Mr.", "U.S.",
    "He said:", "she added", "the then secretary", "former", "newly-appointed", "at least", "dozens of", "twenty-five",
]
bits = st.one_of(st.sampled_from(CORPUS_BITS), st.text(max_size=40),
                 st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs", "Cf"]), max_size=60))
NUMBERS = st.lists(st.integers(0, 10**7), min_size=50, max_size=50).map(lambda xs: "Officials counted " + ", ".join(map(str, xs)) + " people.")
DATES = st.lists(st.tuples(st.sampled_from(["January", "March", "May", "June", "October", "Monday", "Sunday"]), st.integers(1, 31),
                           st.integers(1990, 2030)), min_size=50, max_size=50).map(
    lambda ds: "They met on " + ", ".join(f"{m} {d}, {y}" for m, d, y in ds) + ".")
LONG = st.integers(500, 3000).map(lambda n: " ".join(["the minister said that talks went well and"] * n))
UNCLOSED = st.sampled_from(CORPUS_BITS).map(lambda s: "“" + s + " and he added: “it will not")
texts = st.one_of(st.lists(bits, max_size=40).map(lambda xs: " ".join(xs)), st.lists(bits, max_size=20).map("\n\n".join),
                  NUMBERS, DATES, LONG, UNCLOSED, st.lists(st.one_of(NUMBERS, DATES, UNCLOSED, bits), max_size=6).map("\n".join))
published = st.one_of(st.none(), st.datetimes(min_value=__import__("datetime").datetime(1990, 1, 1),
                                              max_value=__import__("datetime").datetime(2030, 12, 31)))


def check_source(src):
    n = len(src.text)
    for s, e in src.furniture:
        assert 0 <= s < e <= n
    claims = extract(src)
    for c in claims:
        assert 0 <= c.start < c.end <= n and src.text[c.start:c.end] == c.text
        if c.speaker_start is not None:
            assert 0 <= c.speaker_start < c.speaker_end <= n
        for v in c.values:
            assert 0 <= v.start <= v.end <= n and src.text[v.start:v.end] == v.text
            if v.earliest is not None and v.latest is not None:
                assert v.earliest <= v.latest
    return claims


@FUZZ
@given(texts, published)
def test_fuzz_sources_and_claims(text, when):
    check_source(analyse("f", "f.txt", text, published=when))


@FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_bytes_are_read_or_refused_cleanly(data):
    try:
        text, _ = decode(data, "f.txt")
    except SourceError as exc:
        assert "\n" not in exc.reason
        return
    check_source(analyse("f", "f.txt", text))


@PIPELINE
@given(texts, texts)
def test_fuzz_whole_pipeline_and_reports(embedder, a, b):
    from verifier.pipeline import compare_sources

    report = compare_sources([analyse("a", "a.txt", a + "\n" + CORPUS_BITS[1]), analyse("b", "b.txt", b + "\n" + CORPUS_BITS[1])],
                             embedder=embedder)
    texts_by_id = {s.id: s.text for s in report.sources}
    for f in report.findings:
        assert 0 <= f.confidence <= 1
        for e in f.evidence:
            assert texts_by_id[e.source][e.start:e.end] == e.quote
    data = to_dict(report)
    html = render(data, "html")
    assert html.count("<script") == 2
    for fmt in ("markdown", "csv", "text", "claimreview", "json"):
        render(data, fmt)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=5)
FIELDS = ("outlet", "source", "title", "url", "published", "date", "id")
records = st.fixed_dictionaries(
    {"text": st.one_of(st.just("The mayor said on Monday that two bridges in Lyon were closed after the storm."), json_values)},
    optional={k: st.one_of(json_values, st.sampled_from(["yesterday", "2024-03-05", "5 March 2024", "", "Reuters"])) for k in FIELDS})
lines = st.one_of(records.map(json.dumps), st.text(max_size=20), st.just('{"text": "cut'))


@FUZZ
@given(st.lists(lines, min_size=1, max_size=4))
def test_fuzz_records_of_any_shape_are_read_or_named(rows):
    """Whatever a feed holds, each record is read or named in one line, and
    what is read has text metadata and a real date or none."""
    from datetime import datetime
    from pathlib import Path

    from verifier.sources.read import read_records

    try:
        sources, problems = read_records(Path("feed.jsonl"), "\n".join(rows))
    except SourceError as exc:  # only a whole file that is not JSON at all
        assert "\n" not in exc.reason
        return
    assert all("\n" not in p.message for p in problems)
    for src in sources:
        assert src.outlet is None or isinstance(src.outlet, str)
        assert src.title is None or isinstance(src.title, str)
        assert src.published is None or isinstance(src.published, datetime)


@FUZZ
@given(st.binary(max_size=500), st.sampled_from([None, "utf-8", "iso-8859-1", "windows-1252", "shift_jis", "utf-16", "koi8-r", "bogus", ""]))
def test_fuzz_bytes_with_any_declared_charset(data, declared):
    try:
        text, note = decode(data, "p.html", declared=declared)
    except SourceError as exc:
        assert "\n" not in exc.reason
        return
    assert isinstance(text, str) and (note is None or "\n" not in note)
