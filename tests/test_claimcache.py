"""Stage 2, kept across runs: cached claims are the claims extraction gives."""

from __future__ import annotations

import json

import pytest

from verifier import claimcache, pipeline
from verifier import claims as claims_stage
from verifier.claimcache import ClaimCache, decode, encode
from verifier.records import Claim

from .conftest import article

BEATS = [
    ("Floodwaters swept through three villages in Kerala on Monday, killing at least 12 people, officials said. "
     "Rescuers pulled 40 survivors from the river by Tuesday morning.", "2024-07-30T09:00"),
    ("Police in Leeds arrested a 34-year-old man on Friday after a jewellery shop was robbed of goods worth "
     "about £250,000, a spokeswoman said.", "2023-11-04T18:30"),
    ("Striker Ana Costa scored twice as Porto beat Benfica 3-1 on Saturday, the club's first win in the derby "
     "since March 2019.", None),
    ("Shares in Norvik Energy fell 8 percent after the company cut its annual profit forecast, chief executive "
     "John Hale told analysts on Wednesday.", "2025-02-12T14:00"),
    ("Prime Minister Elena Varga resigned on Sunday, two days after her party lost the election, and was "
     "replaced by Interior Minister Tomas Bell. She did not attend the ceremony.", "2022-05-16T07:45"),
]


def _sources():
    return [article(text, f"s{n}", published=when, outlet="Example Post" if n % 2 else None)
            for n, (text, when) in enumerate(BEATS)]


def test_claims_survive_the_json_round_trip_unchanged():
    sources = _sources()
    fresh = claims_stage.extract_many(sources)
    found = [c for claims in fresh for c in claims]
    assert any(c.frame is not None and c.frame.arguments for c in found)
    assert any(v.earliest is not None for c in found for v in c.values)
    assert any(v.number is not None for c in found for v in c.values)
    for claims in fresh:
        assert list(decode(json.loads(json.dumps(encode(tuple(claims)))))) == claims


def test_cached_claims_equal_freshly_extracted_ones(tmp_path):
    sources = _sources()
    fresh = claims_stage.extract_many(sources)
    cache = ClaimCache(tmp_path)
    assert [cache.get(s) for s in sources] == [None] * len(sources)
    for src, claims in zip(sources, fresh):
        cache.put(src, claims)
    again = [ClaimCache(tmp_path).get(s) for s in sources]
    assert again == fresh
    assert all(isinstance(c, Claim) for claims in again for c in claims)


def test_a_changed_text_metadata_or_extractor_is_extracted_again(tmp_path, monkeypatch):
    src = _sources()[0]
    cache = ClaimCache(tmp_path)
    cache.put(src, claims_stage.extract(src))
    assert cache.get(src) is not None
    changed_text = article(BEATS[0][0].replace("12 people", "13 people"), "s0", published=BEATS[0][1])
    changed_date = article(BEATS[0][0], "s0", published="2024-07-31T09:00")
    changed_outlet = article(BEATS[0][0], "s0", published=BEATS[0][1], outlet="Other Times")
    assert [cache.get(s) for s in (changed_text, changed_date, changed_outlet)] == [None, None, None]
    monkeypatch.setattr(claims_stage, "MAX_CLAIMS_PER_SOURCE", 1)
    assert cache.get(src) is None
    monkeypatch.undo()
    assert cache.get(src) is not None
    monkeypatch.setattr(claimcache, "fingerprint", lambda: "another extractor")
    assert cache.get(src) is None


def test_the_fingerprint_covers_the_extractor_code():
    digest = claimcache.fingerprint()
    assert len(digest) == 64
    claimcache.fingerprint.cache_clear()
    assert claimcache.fingerprint() == digest  # stable across calls in one installation


def test_a_rerun_reads_claims_from_the_cache_without_parsing(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for n, (text, _) in enumerate(BEATS):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    sources, first, problems = pipeline.extract([folder], cache_dir=tmp_path / "cache")
    assert first and not problems

    def no_parsing(*_, **__):
        raise AssertionError("the claims should have come from the cache")

    monkeypatch.setattr(claims_stage, "extract_many", no_parsing)
    _, second, problems = pipeline.extract([folder], cache_dir=tmp_path / "cache")
    assert second == first and not problems
    with pytest.raises(AssertionError):  # --refresh and --no-cache extract again
        pipeline.extract([folder], cache_dir=tmp_path / "cache", refresh=True)
    with pytest.raises(AssertionError):
        pipeline.extract([folder], cache_dir=tmp_path / "cache", use_cache=False)


def test_corrupt_entry_is_discarded_with_a_note(tmp_path):
    src = _sources()[3]
    fresh = claims_stage.extract(src)
    cache = ClaimCache(tmp_path)
    cache.put(src, fresh)
    (entry,) = tmp_path.glob("*/*.json")
    entry.write_text('{"source": "s3", "claims": [{"record": "Claim", "fields": {"id": 1}}]}', encoding="utf-8")
    assert cache.get(src) is None and not entry.exists()
    assert len(cache.warnings) == 1 and "corrupt claims cache entry" in cache.warnings[0]
    cache.put(src, fresh)
    assert ClaimCache(tmp_path).get(src) == fresh


def test_an_unusable_cache_folder_gives_one_note_and_extraction_goes_on(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    src = _sources()[1]
    cache = ClaimCache(blocker / "claims")
    cache.put(src, claims_stage.extract(src))
    cache.put(src, claims_stage.extract(src))
    assert cache.get(src) is None
    assert len(cache.warnings) == 1 and "cannot be used" in cache.warnings[0]
