"""Stage 1: outlet, title and publication date only from evidence that states
them, and the ECB+ loader that gives the benchmarks real articles to read."""

from __future__ import annotations

import json
import sys
from datetime import datetime

import pytest

from verifier.sources import read_sources
from verifier.sources.html import extract_page
from verifier.sources.text import outlet_shape, site_of

from .conftest import ROOT, article

sys.path.insert(0, str(ROOT / "benchmarks"))
from corpora import detokenize, ecbplus_articles  # noqa: E402

SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.exists()), None)
ECBPLUS = SHARED / "benchmarks" / "ecbplus" / "ECBplus_982docs.tar.xz" if SHARED else None

# ---------------------------------------------------------------- outlets that are not outlets


@pytest.mark.parametrize("lead", [
    "Hewlett - Packard said on Tuesday it would buy the data-centre consultancy for an undisclosed sum.",  # a word
    "Bruce Smith - the defensive end who retired in 2003 - was elected to the Hall of Fame on Saturday.",  # a person
    "Twelve - twelve! - people were hurt when the stadium roof collapsed during the storm.",  # a number word
    "Sixteen - year-old pupils sat the exam a week late after the flooding of the school.",
    "A FIRE - the third this year - destroyed the historic dairy warehouse before dawn.",  # a headline fragment
    "BREAKING NEWS - Floods cut the coastal road between the two towns on Monday night.",  # a page label
    "Relatives - who had waited outside the courthouse since morning - wept at the verdict.",
    "T - Mobile will sell the phone from next month, the carrier said in a statement on Friday.",
    "Tectonic Summary - The earthquake struck at a depth of ten kilometres off the coast.",
    "MALIBU - The actress checked into a treatment centre on Monday, her publicist said.",  # a dateline city
    "NATO - the alliance - said on Monday it would send two more ships to the region.",  # any organisation
])
def test_a_word_before_a_dash_is_not_an_outlet(lead):
    src = article(lead + "\n\nThe second paragraph adds detail about what happened next.")
    assert src.outlet is None


def test_later_paragraphs_do_not_name_an_outlet_by_their_first_words():
    text = ("The central bank held its main rate at 4.5 percent on Thursday.\n\n"
            "Colts - the local team - lost their fifth game in a row on Sunday.\n\n"
            "Shared Photo Stream - Pictures of the flooded streets were posted online.\n")
    assert article(text).outlet is None


@pytest.mark.parametrize("text, outlet", [
    ("NAIROBI (Reuters) - Floods displaced 4,000 people in the west of the country on Monday, officials said.", "Reuters"),
    ("LIMA (AFP) – A magnitude 6.1 earthquake shook the southern coast on Tuesday, injuring dozens.", "AFP"),
    ("Mannheim, Germany (Sports Network) - The champion retained his three title belts on Saturday night.",
     "Sports Network"),
    ("AP (Manila) - The typhoon made landfall on Sunday, forcing 20,000 families from their homes.", "AP"),
    ("COASTLINE - Fishermen stayed in port for a third day as the storm hit the coast.", None),  # no news head
    ("Harbour Times - The port reopened on Wednesday after a two-day strike by dock workers.", "Harbour Times"),
    ("The port reopened on Wednesday.\n\nHARBOURNEWS - Dock workers ended a two-day strike.", "HARBOURNEWS"),
    ("CP (Halifax) - Dock workers ended their strike.\n\nCoastal Press/ Business: The port reopened.", "Coastal Press"),
    ("KL - Dock workers ended their strike.\n\nKuna Lani/ Business: The port reopened.", "Kuna Lani"),  # spelled out
    ("Dock workers ended their strike.\n\nKuna Lani/ Business: The port reopened.", None),  # no outlet's shape
    ("LIMA, March 10 (Andean Wire) - A magnitude 6.8 earthquake struck southern Peru early on Tuesday.", "Andean Wire"),
])
def test_datelines_and_bylines_of_a_known_shape_name_the_outlet(text, outlet):
    assert article(text + "\n\nIt was the worst such event in a decade.").outlet == outlet


def test_byline_and_source_line():
    byline = "Council approves new bus routes\n\nBy Jane Doe, Associated Press Writer\n\nThe city council approved six new bus routes on Tuesday.\n"
    src = article(byline)
    assert src.outlet == "Associated Press"
    assert src.title == "Council approves new bus routes"
    assert "By Jane Doe" not in src.text[src.furniture[-1][1]:]  # the byline is furniture, not a claim
    sourced = article("Striking nurses returned to work on Friday after a pay deal.\n\nsource: harbour-herald.co.uk\n")
    assert sourced.outlet == "harbour-herald.co.uk"
    assert article("Striking nurses returned to work on Friday.\n\nSource: Twelve\n").outlet is None


def test_outlet_shape():
    for name in ("Reuters", "AFP", "Tehran Times", "Fars News Agency", "ISWNews Analysis Group", "NOURNEWS",
                 "example-times.co.uk", "The Associated Press"):
        assert outlet_shape(name), name
    for name in ("T", "Hewlett", "State", "Out", "Sixteen", "Twelve", "Al", "Fans", "Youths", "Bruce Smith",
                 "Esther Williams", "Capaldi", "A FIRE", "Tectonic Summary", "BREAKING NEWS", "New Delhi",
                 "But AMD’s Lisa Su", "News", "The Times"):
        assert not outlet_shape(name), name


# ---------------------------------------------------------------- the article's own address


def test_an_address_above_the_article_gives_its_site():
    text = ("https://www.harbour-herald.co.uk/news/2024/05/03/port-strike-ends\n\n"
            "Port strike ends after two days\n\nPosted: May 3, 2024 | Updated 9:01 AM\n\n"
            "LONDON (AFP) - Dock workers returned to work on Friday after a pay deal.\n")
    src = article(text)
    assert src.outlet == "harbour-herald.co.uk"  # the site that published it, before the agency credited
    assert src.url == "https://www.harbour-herald.co.uk/news/2024/05/03/port-strike-ends"
    assert src.title == "Port strike ends after two days"
    assert src.published == datetime(2024, 5, 3)
    assert (0, text.index("\n")) in src.furniture  # the address is metadata, never a claim


def test_explicit_outlet_wins_over_address_and_dateline(tmp_path):
    (tmp_path / "a.txt").write_text("https://www.harbour-herald.co.uk/a\n\nLONDON (AFP) - Dock workers returned to "
                                    "work on Friday after a pay deal was agreed.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"outlet": "Harbour Herald"}), encoding="utf-8")
    (src,), _ = read_sources([tmp_path], use_cache=False)
    assert src.outlet == "Harbour Herald"


def test_site_of():
    assert site_of("http://articles.latimes.com/2013/may/03/x") == "latimes.com"
    assert site_of("https://www.bbc.co.uk/news/x") == "bbc.co.uk"
    assert site_of("http://harbourwatch.blogspot.com/2013/08/x.html") == "harbourwatch.blogspot.com"
    assert site_of("http://127.0.0.1:8000/article") is None
    assert site_of("[") is None  # no URL at all (an unclosed IPv6 bracket): no site, no crash


def test_a_record_whose_url_is_no_url_is_still_read():
    """A JSON-lines record or a page whose "url" is "[" (found by the fuzz test): the article is read, with no site
    from it."""
    from pathlib import Path

    from verifier.sources.html import extract_page
    from verifier.sources.read import read_records

    sources, problems = read_records(Path("feed.jsonl"), '{"text": "The mayor said on Monday that two bridges in Lyon '
                                     'were closed after the storm.", "url": "["}')
    assert len(sources) == 1 and not problems
    page = extract_page("p", "p.html", _page(""), url="http://[")
    assert page.text and page.outlet is None
    assert site_of(None) is None


# ---------------------------------------------------------------- publication dates


@pytest.mark.parametrize("line, published", [
    ("Posted: May 24, 2005 | Updated 9:01 AM EDT", datetime(2005, 5, 24)),
    ("21 July 2013 Last updated at 11:11 GMT", datetime(2013, 7, 21)),
    ("PUBLISHED: WEDNESDAY, MARCH 13, 2013, 2:29 PM", datetime(2013, 3, 13, 14, 29)),
    ("May 2013", None),  # no day: not guessed
    ("12 May 2091", None),  # in the future
    ("End of Watch: Friday, June 24, 2005", None),  # a date, but not the article's
])
def test_publication_date_line(line, published):
    src = article(f"Volunteers cleared the beach\n\n{line}\n\nVolunteers cleared four tonnes of plastic from the beach on Sunday.\n")
    assert src.published == published


def test_date_line_below_a_standfirst_is_found():
    text = ("Deputy's killer gets death sentence\n\nThe gang member shot the deputy outside a building in 2005.\n\n"
            "April 04, 2007\n\nA jury on Tuesday ordered execution for a gang member.\n")
    assert article(text).published == datetime(2007, 4, 4)


def test_a_second_date_line_is_furniture_not_a_claim():
    """"UPDATED: WEDNESDAY, MARCH 13, 2013, 2:30 AM" under the publication date is a
    timestamp: no claim of an event on that day, and the first date stays the article's."""
    from verifier.claims import extract

    text = ("Volunteers cleared the beach\n\nThe council thanked the volunteers.\n\nFour tonnes were taken away.\n\n"
            "PUBLISHED: TUESDAY, MARCH 12, 2013, 11:10 PM\n\nUPDATED: WEDNESDAY, MARCH 13, 2013, 2:30 AM\n\n"
            "Volunteers cleared four tonnes of plastic from the beach on Sunday.\n")
    src = article(text)
    assert src.published == datetime(2013, 3, 12, 23, 10)
    assert not [c.text for c in extract(src) if "MARCH" in c.text]


# ---------------------------------------------------------------- saved pages

BODY = "<p>" + " ".join(["Dock workers returned to work on Friday after a two-day strike over pay and hours."] * 4) + "</p>"


def _page(head: str) -> str:
    return f"<html><head><title>Port strike ends</title>{head}</head><body><article><h1>Port strike ends</h1>{BODY}</article></body></html>"


@pytest.mark.parametrize("head, url, outlet", [
    ('<meta property="og:site_name" content="Harbour Herald">', None, "Harbour Herald"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "Organization", '
     '"name": "Coast Daily"}}</script>', None, "Coast Daily"),
    ('<meta property="og:site_name" content="https://www.facebook.com/harbourherald">', "https://www.harbour-herald.co.uk/a",
     "harbour-herald.co.uk"),  # an address is not a name: the page's own domain instead
    ("", "https://news.harbour-herald.co.uk/a", "harbour-herald.co.uk"),
    ("", None, None),  # nothing names the site: null, not a guess
])
def test_site_name_of_a_page(head, url, outlet):
    assert extract_page("p", "p.html", _page(head), url=url).outlet == outlet


def test_report_says_outlet_unknown(tmp_path):
    from verifier.report import render, source_dict

    (tmp_path / "storm.txt").write_text("The storm cut power to 20,000 homes on Monday, the utility said.\n", encoding="utf-8")
    (src,), _ = read_sources([tmp_path], use_cache=False)
    data = {"sources": [source_dict(src)], "findings": [], "claims": [], "problems": []}
    assert "[storm] outlet unknown" in render(data, "text")
    assert "| storm | outlet unknown |" in render(data, "markdown")
    assert "<td>storm</td><td>outlet unknown</td>" in render(data, "html")


# ---------------------------------------------------------------- the ECB+ loader


@pytest.mark.parametrize("tokens, text", [
    (["A", "powerful", "6", ".", "1", "magnitude", "earthquake", "struck", "at", "4", ":", "43", "a", ".", "m", "."],
     "A powerful 6.1 magnitude earthquake struck at 4:43 a.m."),
    (["By", "6", ":", "40", "a", ".", "m", ".", "the", "fire", "was", "out", "(", "eypmcf", ".", "com", ")"],
     "By 6:40 a.m. the fire was out (eypmcf.com)"),
    (["He", "was", "arrested", "on", "Jan", ".", "6", ",", "five", "days", "before", "San", "Diego", "'s", "loss", "."],
     "He was arrested on Jan. 6, five days before San Diego's loss."),
    (["a", "90", "-", "day", "court", "-", "mandated", "stay", "costing", "$", "8", "million", "and", "20", ",", "000",
      "dollars"], "a 90-day court-mandated stay costing $8 million and 20,000 dollars"),
    (['"', "We", "are", "thrilled", ",", '"', "producers", "said", "on", "August", "02", ",", "2013", "."],
     '"We are thrilled," producers said on August 02, 2013.'),
    (["the", "pirates", "’", "attempt", "at", "Iran", "’", "s", "port", "-", "-", "a", "bold", "move"],
     "the pirates’ attempt at Iran’s port -- a bold move"),
    (["You", "know", "what", "they", "say", "-", "the", "third", "time", "is", "the", "charm", "."],
     "You know what they say - the third time is the charm."),
    (["http", ":", "/", "/", "articles", ".", "latimes", ".", "com", "/", "2013", "/", "may", "/", "03"],
     "http://articles.latimes.com/2013/may/03"),
])
def test_detokenize(tokens, text):
    assert detokenize(tokens) == text


@pytest.mark.skipif(ECBPLUS is None or not ECBPLUS.exists(), reason="ECB+ is read from ../shared/benchmarks, absent here")
def test_ecbplus_articles_read_as_the_originals(tmp_path):
    names = {"1_10ecbplus", "37_3ecbplus", "37_6ecb", "35_10ecbplus", "12_4ecbplus"}
    texts = {p.stem: p.read_text(encoding="utf-8") for p in ecbplus_articles(ECBPLUS, tmp_path, names=names)}
    assert texts["1_10ecbplus"].startswith("http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504\n")
    assert "to begin a 90-day court-mandated stay" in texts["1_10ecbplus"]
    assert "after a 6.1 magnitude earthquake hit Aceh province leaving 24 dead" in texts["37_3ecbplus"]
    assert "struck at 4:43 a.m. local time" in texts["37_6ecb"]
    assert "arrested for investigation of DUI on Jan. 6, five days before" in texts["35_10ecbplus"]
    assert "Published on: Fri, 11 Nov 2011 at 09:56 IST" in texts["12_4ecbplus"]
    sources, _ = read_sources([tmp_path], use_cache=False)
    meta = {s.id: (s.outlet, s.published) for s in sources}
    assert meta["1_10ecbplus"] == ("latimes.com", datetime(2013, 5, 3))
    assert meta["12_4ecbplus"] == ("pardaphash.com", datetime(2011, 11, 11, 9, 56))
    assert meta["37_6ecb"] == (None, None)  # ECB's own documents state neither


def test_a_dateline_with_its_filing_day_is_cut_from_the_lede_but_not_a_sentence_that_looks_like_one():
    from verifier.claims import sentences

    wire = article("NEW DELHI, May 20 - Temperatures in the Indian capital hit 46.2C on Tuesday.\n\nSchools closed early.")
    assert wire.text[slice(*sentences(wire)[0])].startswith("Temperatures")
    told = article("Arsenal, May 20 - a date fans will remember - won the title in style.\n\nThe fans sang all night.")
    assert told.text[slice(*sentences(told)[0])].startswith("Arsenal")
