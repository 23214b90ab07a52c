"""Stage 1: reading files, metadata, furniture, and bad input."""

from __future__ import annotations

from datetime import datetime

import pytest

from verifier.sources import body_ranges, read_sources

from .conftest import CORPUS, article


@pytest.fixture(scope="module")
def corpus():
    sources, problems = read_sources([CORPUS])
    assert not problems
    return {s.id[:3]: s for s in sources}


@pytest.mark.parametrize(
    "key, outlet, published",
    [
        ("000", "ISWNews Analysis Group", datetime(2023, 5, 29, 20, 28)),  # "Monday 29 May 2023 - 20:28"
        ("001", "Iran Press", None),  # "IP (Baghdad) -" spelled out by "Iran Press/ West Asia:"
        ("002", "tehrantimes.com", None),  # trailing "source: tehrantimes.com"
        ("003", "FNA", datetime(2023, 3, 19, 23, 11)),  # "TEHRAN (FNA)-", "2023-March-19 23:11"
        ("004", "NOURNEWS", datetime(2021, 9, 13, 23, 3, 39)),  # "Publish Date : 9/13/2021 11:03:39 PM"
    ],
)
def test_metadata_of_the_demo_corpus(corpus, key, outlet, published):
    src = corpus[key]
    assert src.outlet == outlet
    assert src.published == published


def test_titles_and_missing_title(corpus):
    assert corpus["000"].title == "Iraqi, Iranian Top Security Advisors Meet In Tehran"
    assert corpus["003"].title == "Iran, Iraq Top Security Officials Call for Broadening Cooperation"
    assert corpus["001"].title is None  # the article opens with its lead: no title is invented


@pytest.mark.parametrize(
    "key, furniture",
    [
        ("000", ["Share it:", "Leave a Reply", "Read more: Ali Akbar Ahmadian"]),
        ("002", ["Skip to main content", "· 3 min read", "source: tehrantimes.com"]),
        ("003", ["English Türkçe", "Politics"]),
        ("004", ["News ID : 75422", "first name & last name"]),
        ("001", ["Read More:", "Iraq urges quick withdrawal of American forces"]),
    ],
)
def test_furniture_is_marked_and_never_body(corpus, key, furniture):
    src = corpus[key]
    body = "".join(src.text[s:e] for s, e in body_ranges(src))
    for item in furniture:
        assert item in src.text
        assert item not in body, item


def test_repeated_headline_is_furniture_once_kept_in_text(corpus):
    src = corpus["002"]
    headline = "Top Iranian, Iraqi security officials hold talks in Tehran"
    assert src.text.count(headline) == 2
    body = "".join(src.text[s:e] for s, e in body_ranges(src))
    assert headline not in body


def test_furniture_offsets_point_into_original_text(corpus):
    for src in corpus.values():
        for s, e in src.furniture:
            assert 0 <= s < e <= len(src.text)
            assert src.text[s:e].strip() == src.text[s:e]


def test_explicit_metadata_wins_over_guess():
    src = article("TEHRAN (FNA)- Officials met in Baghdad on Monday.", outlet="Fars News Agency")
    assert src.outlet == "Fars News Agency"


def test_labelled_header_lines_give_title_outlet_author_and_date():
    text = ("Title: Ferry sinks off Sulawesi, 15 dead\nOutlet: Celebes Courier\nAuthor: Dewi Lestari\n"
            "Date: 2024-02-20\n\nA ferry sank off Muna island on Monday, killing 15 people, officials said.\n")
    src = article(text)
    assert (src.title, src.outlet, src.author) == ("Ferry sinks off Sulawesi, 15 dead", "Celebes Courier", "Dewi Lestari")
    assert src.published == datetime(2024, 2, 20)
    body = "".join(src.text[s:e] for s, e in body_ranges(src))
    assert "Outlet" not in body and "Title" not in body and body.strip().startswith("A ferry sank")


def test_labelled_lines_that_are_not_what_they_label():
    """A lead sentence that repeats a labelled title stays body; "Publisher:" before a sentence is no outlet; a date
    under another label is the date."""
    src = article("Title: Five killed in Lagos factory fire\nDate: 2024-06-10\n\nFive killed in Lagos factory fire.\n\n"
                  "The fire broke out on Monday.\n")
    assert "".join(src.text[s:e] for s, e in body_ranges(src)).strip().startswith("Five killed in Lagos factory fire.")
    src = article("Publisher: We will not sell the newspaper, the owner told staff on Monday.\n\nMore of the story.\n")
    assert src.outlet is None
    assert "We will not sell" in "".join(src.text[s:e] for s, e in body_ranges(src))
    src = article("Title: Ferry sinks\nPublication: 12 June 2024\n\nA ferry sank on Monday.\n")
    assert (src.outlet, src.published) == (None, datetime(2024, 6, 12))
    src = article("Headline: the fire service said five workers died on Sunday.\n\nFive workers died.\n")
    assert src.title is None and "five workers died" in "".join(src.text[s:e] for s, e in body_ranges(src))
    src = article("Title: Ferry sinks\nBy: Jane A. Roe, Lagos\nOutlet: Reuters.\n\nA ferry sank on Monday.\n")
    assert (src.title, src.author, src.outlet) == ("Ferry sinks", "Jane A. Roe", "Reuters")
    src = article("Title: Fire kills five in Lagos.\nOutlet: Lagos Times\nDate: 2024-06-10\n\nA fire killed five.\n")
    assert (src.title, src.outlet) == ("Fire kills five in Lagos.", "Lagos Times")


def test_a_labelled_line_inside_the_body_stays_body():
    src = article("Quake shakes Crete\n\nA strong quake shook Crete on Monday.\n\nTitle: the name of a book, said the minister.\n")
    assert src.title == "Quake shakes Crete" and src.outlet is None


def test_dateline_city_alone_is_not_an_outlet():
    src = article("Title Of The Story Here\n\nTEHRAN – Ali Akbar Ahmadian received a visitor.")
    assert src.outlet is None


def test_bad_inputs_are_named_and_others_still_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A minister said on Monday that the talks went well.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "paper.md").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    missing = tmp_path / "missing.txt"
    sources, problems = read_sources([tmp_path, missing])
    assert [s.id for s in sources] == ["good"]
    messages = {p.source.rsplit("/", 1)[-1]: p.message for p in problems}
    assert messages["empty.txt"] == "empty file"
    assert "binary" in messages["binary.txt"]
    assert "PDF" in messages["paper.md"]
    assert "no such file" in messages["missing.txt"]
    assert all("\n" not in p.message and p.skipped for p in problems)


def test_other_encoding_is_detected_and_said(tmp_path):
    text = "Le ministre a été reçu à Téhéran, où les deux délégations ont discuté de sécurité régionale et de coopération."
    (tmp_path / "latin1.txt").write_bytes(text.encode("cp1252"))
    sources, problems = read_sources([tmp_path])
    assert sources[0].text == text
    (note,) = problems
    assert not note.skipped and "not UTF-8" in note.message


def test_same_article_twice_is_one_source(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for d in ("a", "b"):
        (tmp_path / d / "story.txt").write_text("The minister met the envoy in Paris on Monday.", encoding="utf-8")
    sources, problems = read_sources([tmp_path])
    assert len(sources) == 1
    assert "same article as story" in problems[0].message


def test_same_file_name_different_articles_get_distinct_ids(tmp_path):
    for d, text in (("a", "The minister met the envoy in Paris on Monday."), ("b", "Rain closed two bridges in Lyon.")):
        (tmp_path / d).mkdir()
        (tmp_path / d / "story.txt").write_text(text, encoding="utf-8")
    sources, problems = read_sources([tmp_path])
    assert sorted(s.id for s in sources) == ["a-story", "b-story"] and not problems
