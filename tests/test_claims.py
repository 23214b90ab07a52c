"""Stage 2: claims, their spans, speakers and typed values; the extraction gate."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime

import pytest

from verifier.claims import clauses, dates, extract, resolve_date
from verifier.sources import read_sources
from verifier.values import describe_interval

from .conftest import CORPUS, REVIEWED, article


def claim_with(claims, fragment):
    found = [c for c in claims if fragment in c.text]
    assert found, f"no claim contains {fragment!r}"
    return found[0]


def values(claim, kind):
    return [v for v in claim.values if v.kind == kind]


# ---------------------------------------------------------------- dates

def test_weekday_resolves_against_publication_date():
    src = article("Admiral Ali Shamkhani met with Iraqi Prime Minister Mustafa al-Kadhimi on Sunday afternoon.",
                  published="2021-09-13T23:03")
    (d,) = values(extract(src)[0], "date")
    assert (d.earliest, d.latest, d.granularity) == (date(2021, 9, 12), date(2021, 9, 12), "day")


def test_weekday_of_the_publication_day_is_that_day():
    src = article("Qasim al-Araji held talks with Ali Akbar Ahmadian in Tehran on Monday.", published="2023-05-29T20:28")
    (d,) = values(extract(src)[0], "date")
    assert d.earliest == date(2023, 5, 29)


def test_last_weekday_in_an_article_of_that_weekday_is_the_week_before():
    """"fired last Thursday" in a Thursday article is a week before; "last Monday" in a Wednesday one is two days."""
    src = article("LaCalamita had been fired last Thursday as an accountant at the firm.", published="2007-04-12T09:00")
    (d,) = values(extract(src)[0], "date")
    assert (d.text, d.earliest) == ("last Thursday", date(2007, 4, 5))
    src = article("The plant closed last Monday, officials said.", published="2025-03-12T09:00")
    (d,) = values(extract(src)[0], "date")
    assert d.earliest == date(2025, 3, 10)


def test_a_scores_last_figure_before_a_month_day_is_no_day_of_the_month():
    """"a 30-7 Oct. 19 loss" is dated October 19, not 7 October; "7 Oct 2008" and "the 7th of October" still read."""
    src = article("He was injured in New Orleans' 30-7 Oct. 19 loss at Carolina.")
    assert [(d.text, d.day) for d in values(extract(src)[0], "date")] == [("Oct. 19", 19)]
    src = article("On 7 October 12 people were killed when gunmen attacked the village of Kiwanja.")
    assert [(d.text, d.day) for d in values(extract(src)[0], "date")] == [("7 October", 7)]
    src = article("The festival runs from 5-7 October 2024 in Leeds.")
    assert [d.text for d in values(extract(src)[0], "date")] == ["7 October 2024"]
    src = article("He was hurt on 7 Oct 2008 and again on the 7th of October.")
    assert [(d.text, d.month, d.day) for d in values(extract(src)[0], "date")] == [("7 Oct 2008", 10, 7), ("7th of October", 10, 7)]


def test_weekday_without_publication_date_stays_unknown():
    src = article("Ali-Akbar Ahmadian on Monday, conveyed Iran’s sincere interest in continuing cooperation with Iraq.")
    (d,) = values(extract(src)[0], "date")
    assert d.earliest is None and d.latest is None and d.granularity == "weekday"


def test_month_day_without_year_and_without_publication_date():
    src = article("On March 19, Iran and Iraq signed a security agreement aimed at protecting their shared border.")
    (d,) = values(extract(src)[0], "date")
    assert (d.month, d.day, d.year_known, d.earliest) == (3, 19, False, None)
    assert d.norm == "--03-19"


def test_month_and_year_is_a_month_interval():
    d = resolve_date("June 2023", None)
    assert (d.earliest, d.latest, d.granularity) == (date(2023, 6, 1), date(2023, 6, 30), "month")


def test_year_inferred_from_publication_date_is_flagged():
    d = resolve_date("May 29", datetime(2023, 5, 29, 20, 28))
    assert d.earliest == date(2023, 5, 29) and d.year_known is False


def test_every_date_interval_is_ordered():
    sources, _ = read_sources([CORPUS])
    for src in sources:
        for c in extract(src):
            for d in values(c, "date"):
                if d.earliest and d.latest:
                    assert d.earliest <= d.latest


def test_newly_appointed_anchors_the_appointment_before_publication():
    src = article("Iraq’s National Security Adviser Qasim al-Araji held talked with newly-appointed Secretary Iran’s "
                  "Supreme National Security Council Ali Akbar Ahmadian in a visit to capital Tehran on May 29.",
                  published="2023-05-29T20:28")
    role = next(v for v in extract(src)[0].values if v.kind == "role" and v.appointed)
    assert role.holder == "Ali Akbar Ahmadian"
    assert role.qualifier == "newly"
    assert role.latest == date(2023, 5, 29)


def test_appointment_date_in_the_clause_belongs_to_the_role():
    src = article("This is the first trip of Ahmadian to an Arab country since he was appointed secretary of "
                  "Iran’s top security body in June 2023.")
    role = next(v for v in extract(src)[0].values if v.kind == "role")
    assert role.appointed and role.holder == "Ahmadian"
    assert (role.earliest, role.latest) == (date(2023, 6, 1), date(2023, 6, 30))


def test_former_and_then_are_qualifiers():
    src = article("It is worth mentioning that the former secretary of Iran’s Supreme National Security Council Ali "
                  "Shamkhani met with his Iraqi counterpart Qasim al-Araji in Baghdad.")
    role = next(v for v in extract(src)[0].values if v.kind == "role" and "secretary" in v.norm)
    assert role.qualifier == "former" and role.holder == "Ali Shamkhani"


# ---------------------------------------------------------------- numbers

@pytest.mark.parametrize(
    "sentence, number, bound, unit",
    [
        ("His visit comes after the death of three American forces in a drone strike in Jordan.", 3, "exact", "american forces"),
        ("According to the Pentagon, at least 110 American forces suffered injuries.", 110, "at_least", "american forces"),
        ("Al-Muhandis and ten of their deputies were martyred by an armed drone strike.", 10, "exact", "deputies"),
        ("The strike killed twenty-five people near the border.", 25, "exact", "people"),
        ("The conviction followed a 2 1/2 week trial in Pittsburgh.", 2.5, "exact", "week"),  # one number, not 2 and 1/2
        ("Firefighters worked for 3½ hours to put out the blaze.", 3.5, "exact", "hours"),
        ("The bottle holds 2 ½ servings, the label says.", 2.5, "exact", "servings"),
        ("Overnight temperatures fell to -12 degrees in the valley.", -12, "exact", "degrees"),  # a sign, not a dash
        ("Temperatures fell to \u201325 degrees overnight.", -25, "exact", "degrees"),  # an en dash as a minus sign
    ],
)
def test_numbers_in_digits_and_words(sentence, number, bound, unit):
    (n,) = [v for v in values(extract(article(sentence))[0], "number") if v.number == number]
    assert (n.bound, n.unit) == (bound, unit)



@pytest.mark.parametrize("sentence, written, seconds", [
    ("Ethiopia's Meseret Alemu won the women's race in 2:24:10 on Sunday.", "2:24:10", 8650),
    ("She swam the 200m freestyle in 1:52.34, a national record.", "1:52.34", 112.34),
    ("Chebet won the women's race in Zurich in 3 minutes 53.18 seconds on Thursday.", "3 minutes 53.18 seconds", 233.18),
    ("Kiptum won the marathon in 2 hours 4 minutes 11 seconds on Sunday.", "2 hours 4 minutes 11 seconds", 7451),
])
def test_a_time_taken_is_one_figure_in_seconds(sentence, written, seconds):
    """A race time is one figure, not hours, minutes and seconds counted apart."""
    (n,) = values(extract(article(sentence, published="2025-03-10T12:00"))[0], "number")
    assert (n.text, n.number) == (written, pytest.approx(seconds))


def test_a_time_of_day_is_no_time_taken():
    c = extract(article("The train left Leeds at 10:30 on Sunday with 240 passengers on board."))[0]
    assert "10:30" not in [v.text for v in values(c, "number")]
    c = extract(article("CCTV shows the suspect entering the shop at 23:14:05 on Friday."))[0]
    assert "23:14:05" not in [v.text for v in values(c, "number")]


@pytest.mark.parametrize("sentence, written, number, unit", [
    ("The airline lost $2.5bn last year.", "2.5bn", 2.5e9, "dollars"),  # not $2
    ("The club was sold for £300m in May.", "300m", 3e8, "pounds"),
    ("The court ordered him to repay 860m naira.", "860m", 8.6e8, "naira"),  # a currency named after the figure
    ("The Red Sox offered an eight-year, $200MM deal.", "200MM", 2e8, "dollars"),
    ("The train was travelling at 90mph when it derailed.", "90", 90, "mph"),  # a unit written onto the figure
    ("The storm dumped 300mm of rain on the hills.", "300", 300, "mm"),  # millimetres, not millions
    ("Winds reached 150km/h on the coast.", "150", 150, "km/h"),
    ("The airport handled 6.7m passengers last year.", "6.7m", 6.7e6, "passengers"),  # a counted noun after
    ("The petition gathered 120k signatures in a week.", "120k", 1.2e5, "signatures"),
    ("The state will spend Rs 250 crore on the bridge.", "250 crore", 2.5e9, None),  # crore and lakh: South Asian scales
])
def test_a_scale_or_unit_written_onto_the_figure(sentence, written, number, unit):
    """British and business copy glue the scale or the unit onto the digits: one figure, in full."""
    (n,) = [v for v in values(extract(article(sentence))[0], "number") if v.text == written]
    assert (n.number, n.unit) == (pytest.approx(number), unit)


@pytest.mark.parametrize("sentence, written, number, unit", [
    ("Temperatures in Phoenix reached 118F on Sunday.", "118", 118, "degrees Fahrenheit"),
    ("Temperatures in Phoenix reached 118°F on Sunday.", "118", 118, "degrees Fahrenheit"),
    ("Temperatures in Seville reached 46 degrees Celsius on Sunday.", "46", 46, "degrees Celsius"),
    ("The mercury hit 46 °C in Seville on Sunday.", "46", 46, "degrees Celsius"),
    ("It was minus 40 degrees F in Fargo on Monday.", "40", -40, "degrees Fahrenheit"),  # the sign kept
    ("Overnight lows fell to -5C in Oslo.", "-5", -5, "degrees Celsius"),
])
def test_a_temperature_keeps_its_scale(sentence, written, number, unit):
    """A reading in either scale, however written, keeps which scale it is on: "118F" is 48C, not 118C."""
    (n,) = [v for v in values(extract(article(sentence))[0], "number") if v.text == written]
    assert (n.number, n.unit) == (pytest.approx(number), unit)


def test_a_letter_after_a_figure_is_no_scale_outside_words_of_the_weather():
    (n,) = values(extract(article("Room 12 C of the court was closed on Monday."))[0], "number")
    assert n.unit != "degrees Celsius"


def test_a_race_named_by_its_distance_is_no_count():
    """"the 100m final", "a 10k run": no currency before the "m" or "k", the name of a race."""
    assert not values(extract(article("She won the 100m final in Rome on Sunday."))[0], "number")


@pytest.mark.parametrize("sentence, counted", [
    ("Armed officers arrived minutes after a 999 call from a neighbour.", []),
    ("Police received a 911 call about a man with a knife.", []),
    ("The utility hired 112 call handlers and 100 hotline staff.", [112, 100]),  # counts of people, whatever they answer
    ("The control room took 999 calls during the storm.", [999]),  # a count of calls, in the plural
])
def test_an_emergency_number_is_no_count(sentence, counted):
    c = extract(article(sentence))
    assert [v.number for claim in c for v in values(claim, "number")] == counted

def test_years_in_dates_are_not_numbers():
    c = extract(article("They were martyred in a US attack in Baghdad on January 3, 2020."))[0]
    assert not values(c, "number")


# ---------------------------------------------------------------- attribution and names

def test_named_speaker_and_pronoun_follow_up():
    src = article("Al-Araji, for his part, said that Baghdad will spare no effort to fully implement the agreement.\n\n"
                  "\"Iraq will not allow any group or country to use Iraqi soil to create insecurity in Iran,\" he added.")
    first, second = extract(src)
    assert first.speaker == "Al-Araji" and second.speaker == "Al-Araji"
    assert src.text[first.speaker_start:first.speaker_end] == "Al-Araji"


def test_trailing_attribution_and_descriptor_resolved_to_holder():
    src = article("Ali Akbar Ahmadian, Secretary of Iran’s Supreme National Security Council, received a visitor.\n\n"
                  "The secretary of Iran’s Supreme National Security Council went on to say that the region needs calm.")
    second = extract(src)[1]
    assert second.speaker == "Ali Akbar Ahmadian"


def test_according_to_is_a_speaker():
    c = extract(article("According to the Pentagon, at least 110 American forces suffered injuries."))[0]
    assert c.speaker == "the Pentagon"


def test_titles_are_stripped_from_names_and_kept_as_roles():
    c = extract(article("Anti-terror commander Lieutenant General Qasem Soleimani and Iraqi Prime Minister "
                        "Mohammed Shia al-Sudani were named."))[0]
    people = {v.text for v in values(c, "person")}
    assert people == {"Qasem Soleimani", "Mohammed Shia al-Sudani"}
    assert any(v.norm == "iraq prime minister" and v.holder == "Mohammed Shia al-Sudani" for v in values(c, "role"))


@pytest.mark.parametrize("sentence, kind, name", [
    ("Police said 24-year-old Daniel Moreau was arrested in Lyon.", "person", "Daniel Moreau"),
    ("A 31-year-old Robert Buckley of the U.K. slipped on ice.", "person", "Robert Buckley"),
    ("On Saturday, 32-year-old Englishman Robert Buckley fell about 600 metres.", "person", "Robert Buckley"),
    ("Briton Andy Murray beat Spaniard Rafael Nadal in four sets.", "person", "Andy Murray"),
    # a nationality or a title does not cut an organisation
    ("The Swiss National Bank cut its main rate on Thursday.", "organisation", "Swiss National Bank"),
    ("The American Civil Liberties Union sued the state.", "organisation", "American Civil Liberties Union"),
    ("House of Commons Speaker John Bercow ruled the motion out of order.", "organisation", "House of Commons"),
    # a ship's prefix is no acronym to split off
    ("An Indian warship, INS Mysore, attacked two boats of pirates.", "organisation", "INS Mysore"),
    ("The destroyer USS Cole was bombed in the port of Aden.", "organisation", "USS Cole"),
])
def test_an_age_a_nationality_or_a_title_leaves_the_name_whole(sentence, kind, name):
    c = extract(article(sentence))[0]
    assert name in {v.text for v in values(c, kind)}


def test_a_hyphenated_word_before_a_name_still_makes_a_thing():
    c = extract(article("Troops left the US-run Ein Al-Assad base on Monday."))[0]
    assert "Ein Al-Assad" not in {v.text for v in values(c, "person")}


def test_spaced_particle_name_is_one_person():
    c = extract(article("the martyrs General Qassem Soleimani and Abu Mehdi al - Mohandis were remembered."))[0]
    assert "Abu Mehdi al - Mohandis" in {v.text for v in values(c, "person")}


def test_surname_alone_resolves_to_the_article_full_name():
    claims = extract(article("Admiral Ali Shamkhani met the prime minister on Sunday.\n\nShamkhani said the talks went well."))
    assert values(claims[1], "person")[0].norm == "Ali Shamkhani"


def test_places_and_containment_words():
    c = extract(article("Their convoy left Baghdad International Airport on January 3, 2020."))[0]
    assert [v.text for v in values(c, "place")] == ["Baghdad International Airport"]


# ---------------------------------------------------------------- claims

def test_compound_sentence_yields_two_claims():
    text = ("Ali Shamkhani met with his Iraqi counterpart Qasim al-Araji in Baghdad and the two sides held talks "
            "on March 19, 2023.")
    spans = clauses(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == [
        "Ali Shamkhani met with his Iraqi counterpart Qasim al-Araji in Baghdad",
        "the two sides held talks on March 19, 2023.",
    ]


def test_split_clause_keeps_the_sentence_date():
    claims = extract(article("Ali Shamkhani met with his Iraqi counterpart Qasim al-Araji in Baghdad and the two sides "
                             "held talks on March 19, 2023."))
    first = claims[0]
    (d,) = values(first, "date")
    assert d.inherited and d.earliest == date(2023, 3, 19)



@pytest.mark.parametrize("sentence,main,subordinate", [
    ("Carverton's public library will close on Sundays starting in July after the city council voted 8-3 on Tuesday "
     "to adopt a $46.8 million budget.", "will close on Sundays", "the city council voted 8-3"),
    ("The minister resigned on Monday because an audit found irregularities totalling $48 million.",
     "The minister resigned on Monday", "an audit found"),
    ("He was arrested after police found 13 loaded magazines in his car, officials said.",
     "He was arrested", "police found 13 loaded magazines"),
    ("After the council voted 8-3 on Tuesday, the library announced it would close on Sundays.",
     "the library announced", "the council voted 8-3 on Tuesday"),
    ("Rescuers pulled two survivors from the rubble before the building collapsed.", "Rescuers pulled",
     "the building collapsed"),
])
def test_a_subordinate_clause_with_its_own_subject_is_its_own_claim(sentence, main, subordinate):
    """Two atomic claims, so a vote made the cause of something else still meets another outlet's vote."""
    claims = extract(article(sentence, published="2024-06-19T10:00"))
    first, second = claim_with(claims, main), claim_with(claims, subordinate)
    assert first is not second
    assert subordinate not in first.text and main not in second.text
    assert not re.match(r"(?i)after|before|because", second.text)  # the claim is what the clause tells


@pytest.mark.parametrize("sentence", [
    "The cyclist died in hospital on Sunday after being hit by a delivery van in the city centre.",  # no clause of its own
    "Police said the man was arrested because officers found a loaded gun in his car.",  # a reason inside what was said
    "The spokesman said that the plant would stay shut until inspectors have checked every turbine.",
    "The train was halted near Dunblane after it hit a fallen tree on the line.",  # a pronoun's clause: no claim alone
])
def test_no_split_without_a_clause_of_its_own_or_inside_a_statement(sentence):
    assert len(extract(article(sentence, published="2024-06-19T10:00"))) == 1


def test_an_event_told_after_another_inside_what_was_said_is_its_own_claim():
    """"Prosecutors said they would charge a man after a student was stabbed on Thursday evening": the stabbing,
    with its day, is a claim of its own, still the prosecutors'."""
    claims = extract(article("Prosecutors in Wroclaw said on Saturday they would charge a 24-year-old man with attempted "
                             "murder after a student was stabbed at a tram stop on Thursday evening.",
                             published="2025-05-10T10:00"))
    stabbed = claim_with(claims, "a student was stabbed")
    assert stabbed is not claim_with(claims, "would charge")
    assert stabbed.speaker == "Prosecutors" and [d.text for d in values(stabbed, "date")] == ["Thursday evening"]


def test_a_subordinate_clauses_date_is_its_own_event_s():
    """"began after she divorced Neal in 1947": 1947 dates the divorce, not the beginning; and the library's
    closing in July does not date the vote."""
    claims = extract(article("Her modelling career took off after the singer divorced her first husband in 1947.",
                             published="2024-06-19T10:00"))
    assert values(claim_with(claims, "career took off"), "date") == []
    assert [d.text for d in values(claim_with(claims, "the singer divorced"), "date")] == ["1947"]
    claims = extract(article("The library will close in July after the council voted on Tuesday.", published="2024-06-19T10:00"))
    assert [d.text for d in values(claim_with(claims, "the council voted"), "date")] == ["Tuesday"]
    assert [d.text for d in values(claim_with(claims, "library will close"), "date")] == ["July"]

def test_dateline_is_not_part_of_the_claim():
    src = article("Headline About The Meeting In Tehran\n\nTEHRAN (FNA)- Secretary Ali Shamkhani met al-Araji in Baghdad.")
    (c,) = extract(src)
    assert c.text.startswith("Secretary Ali Shamkhani")


def test_spans_are_exact_and_furniture_never_claimed():
    sources, _ = read_sources([CORPUS])
    for src in sources:
        for c in extract(src):
            assert src.text[c.start:c.end] == c.text
            assert not any(s < c.end and c.start < e for s, e in src.furniture), c.text
            for v in c.values:
                assert src.text[v.start:v.end] == v.text


# ---------------------------------------------------------------- the gate

@pytest.fixture(scope="module")
def reviewed_and_fresh():
    """Each demo source's hand-reviewed claims/ rows and its fresh extraction (as JSON rows), extracted once."""
    from verifier.report import claim_dict

    sources, _ = read_sources([CORPUS])
    pairs = []
    for src in sources:
        expected = [json.loads(line) for line in (REVIEWED / f"{src.id}.jsonl").read_text(encoding="utf-8").splitlines()]
        pairs.append((expected, [claim_dict(c) for c in extract(src)]))
    return pairs


def _floor(key: str) -> float:
    return json.loads((REVIEWED / "floor.json").read_text())[key]


def _key(row: dict) -> tuple:
    vals = sorted((v["kind"], v["start"], v["end"], v.get("norm", "")) for v in row["values"])
    return row["start"], row["end"], row["speaker"], tuple(vals)


def test_extraction_matches_reviewed_claims(reviewed_and_fresh, capsys):
    """Re-extract the demo corpus and compare with the hand-reviewed claims/ files."""
    reviewed, matched = 0, 0
    for expected, fresh_rows in reviewed_and_fresh:
        fresh = {_key(row) for row in fresh_rows}
        reviewed += len(expected)
        matched += sum(_key(row) in fresh for row in expected)
    share = matched / reviewed
    floor = _floor("share")
    with capsys.disabled():
        print(f"\nclaims matching the reviewed claims/: {matched}/{reviewed} = {share:.3f} (floor {floor:.3f})")
    assert share >= floor


def _frame_key(frame: dict | None) -> tuple | None:
    if frame is None:
        return None
    trigger = frame["trigger"]
    return frame["type"], frame["polarity"], frame["modality"], (trigger["start"], trigger["end"]) if trigger else None


def _arguments(frame: dict | None) -> Counter:
    return Counter((a["role"], a["start"], a["end"]) for a in (frame or {}).get("arguments", []))


def test_frames_match_reviewed_frames(reviewed_and_fresh, capsys):
    """The reviewed frames in claims/ are the yardstick: the share of claims whose fresh frame has the
    reviewed type, polarity, modality and trigger span, and the share of reviewed arguments (role and
    span) the fresh frame reproduces. A claim is matched by its span, so renumbering does not hide it."""
    claims = frames = arguments = found = 0
    for expected, fresh_rows in reviewed_and_fresh:
        fresh = {(row["start"], row["end"]): row["frame"] for row in fresh_rows}
        for row in expected:
            want = row["frame"]
            got = fresh.get((row["start"], row["end"]))
            claims += 1
            frames += got is not None and _frame_key(got) == _frame_key(want)
            wanted = _arguments(want)
            arguments += sum(wanted.values())
            found += sum((wanted & _arguments(got)).values())
    frame_share, argument_share = frames / claims, found / arguments
    floors = _floor("frames"), _floor("arguments")
    with capsys.disabled():
        print(f"\nframes matching the reviewed claims/ (type, polarity, modality, trigger span): "
              f"{frames}/{claims} = {frame_share:.3f} (floor {floors[0]:.3f})")
        print(f"reviewed frame arguments reproduced (role and span): "
              f"{found}/{arguments} = {argument_share:.3f} (floor {floors[1]:.3f})")
    assert frame_share >= floors[0]
    assert argument_share >= floors[1]


def test_a_time_zone_or_day_after_a_clock_time_does_not_end_the_sentence():
    from verifier.claims import _split_paragraph

    text = "Organisers extended the contest until 6 p.m. EDT Sunday. The fire started at 3 a.m. Crews arrived later."
    assert [text[s:e] for s, e in _split_paragraph(text, 0, len(text))] == [
        "Organisers extended the contest until 6 p.m. EDT Sunday.", "The fire started at 3 a.m.", "Crews arrived later."]


def test_a_season_of_two_years_is_both_years():
    from verifier.claims import dates

    text = "He was a member of the championship team in 1982-83, the club said."
    (season,) = dates(text, 0, len(text), None)
    assert (season.text, season.earliest.year, season.latest.year) == ("1982-83", 1982, 1983)


def test_a_piece_of_one_word_is_no_sentence():
    src = article("Reid checked into a treatment centre on Friday, People reported. com.\n"
                  "Her spokesman declined to comment.")
    assert [c.text for c in extract(src)] == ["Reid checked into a treatment centre on Friday, People reported.",
                                              "Her spokesman declined to comment."]


def test_a_dash_before_a_figure_that_is_no_sign_keeps_the_figure_positive():
    from verifier.claims import numbers

    def read(text):
        return [(v.number, v.unit) for v in numbers(text, 0, len(text), [])]

    assert read("The course of treatment lasts -16 to 17 weeks.")[0][0] == 16  # a stray dash: the figure is kept
    assert read("Temperatures ranged from 30 -35 degrees.") == [(30, "degrees"), (35, "degrees")]  # a range
    assert [n for n, _ in read("In 2019 1/3 of the budget went on salaries.")] != [2019.33]  # a year is no whole part


def test_a_new_sentence_after_a_clock_time_is_still_split():
    from verifier.claims import _split_paragraph

    for text, first in (("Polls closed at 8 p.m. Tuesday's results showed a swing.", "Polls closed at 8 p.m."),
                        ("Trading ended at 4 p.m. AT&T shares fell 2 percent.", "Trading ended at 4 p.m."),
                        ("The storm hit at 6 a.m. Eastern Time near Wilmington.", None)):
        spans = _split_paragraph(text, 0, len(text))
        assert text[spans[0][0]:spans[0][1]] == (first or text)


def test_a_full_stop_glued_to_a_word_does_not_end_the_sentence():
    from verifier.claims import _split_paragraph

    text = "The Nasdaq Composite Index .IXIC gained 13.73 points to 1,700.34. Shares of Intel fell."
    assert [text[s:e] for s, e in _split_paragraph(text, 0, len(text))] == [
        "The Nasdaq Composite Index .IXIC gained 13.73 points to 1,700.34.", "Shares of Intel fell."]


def test_a_decimal_without_its_leading_zero():
    """".38 caliber" and "a .300 hitter" are fractions, not 38 and 300; a full stop glued to a number is not."""
    from verifier.claims import numbers

    def read(text):
        return [(v.text, v.number) for v in numbers(text, 0, len(text), [])]

    assert read("Police said he had a .38 caliber revolver.") == [(".38", 0.38)]
    assert read("He is a .300 hitter this season.") == [(".300", 0.3)]
    assert read("The quarter ended.38 people were hired.") == [("38", 38.0)]


def test_a_number_after_capitals_names_a_model_or_index():
    """"12 AK 47 guns" counts twelve guns, not 47; "the FTSE 100" and "the S&P 500" are names. A counted compound
    after an acronym still counts ("the UN 15-member council")."""
    from verifier.claims import numbers

    def read(text):
        return [v.number for v in numbers(text, 0, len(text), [])]

    assert read("Commandos recovered 12 AK 47 guns and three rifles.") == [12.0, 3.0]
    assert read("The FTSE 100 index fell 2 percent.") == [2.0]
    assert read("The S&P 500 rose 12 points.") == [12.0]
    assert read("The UN 15-member council voted.") == [15.0]
    assert read("Police said 40 people were hurt.") == [40.0]
    assert read("Across the UK 40 people died in the heatwave.") == [40.0]  # a country's initials name no model
    assert read("The blast happened at 9 PM 12 people were hurt.") == [9.0, 12.0]


def test_day_without_year_takes_the_publication_year_or_the_year_before_when_nearer():
    # a scheduled date just ahead is this year's, not last year's
    assert resolve_date("December 15", datetime(2026, 11, 25)).earliest == date(2026, 12, 15)
    # a late-December day in an early-January article is last December
    assert resolve_date("December 28", datetime(2027, 1, 3)).earliest == date(2026, 12, 28)
    # never next year: "arrested on January 30" in a December article is this January
    assert resolve_date("January 30", datetime(2025, 12, 5)).earliest == date(2025, 1, 30)
    assert resolve_date("June 1", datetime(2026, 12, 1)).earliest == date(2026, 6, 1)
    assert resolve_date("February", datetime(2026, 11, 25)).earliest == date(2026, 2, 1)
    # a leap day stays one, in the nearest year that has it; February 28 stays one day in a leap year
    assert resolve_date("February 29", datetime(2025, 3, 10)).earliest == date(2024, 2, 29)
    d = resolve_date("February 28", datetime(2024, 1, 10))
    assert (d.earliest, d.latest) == (date(2024, 2, 28), date(2024, 2, 28))
    d = resolve_date("December 15", datetime(2026, 11, 25))
    assert d.year_known is False and "year inferred" in d.norm


def test_a_date_its_clause_says_is_to_come_resolves_forwards():
    def first_date(text, published):
        return dates(text, 0, len(text), published)[0]

    assert first_date("Smith's sentencing in Leeds is set for January 14.", datetime(2025, 12, 21)).earliest == date(2026, 1, 14)
    assert first_date("The trial is scheduled to resume Monday.", datetime(2025, 3, 12)).earliest == date(2025, 3, 17)
    # a past clause, or a schedule in the past tense, keeps the past
    assert first_date("He was arrested on January 30 in Denver.", datetime(2025, 12, 5)).earliest == date(2025, 1, 30)
    assert first_date("The trial, which was scheduled for March 3, was postponed.", datetime(2025, 6, 1)).earliest == date(2025, 3, 3)
    # "will" of another verb does not make the date one to come, nor what was expected to have happened
    for text in ("Police said the man who will face charges was arrested on Monday.",
                 "Officials said they will investigate the crash on Monday that killed three people.",
                 "Flood waters are expected to have peaked on Monday."):
        assert first_date(text, datetime(2025, 3, 12)).earliest == date(2025, 3, 10), text


def test_a_surname_that_is_a_title_is_no_role():
    """"Stephanie Pope" is a woman's name, not the pontiff; "Pope Francis" and "Chief Justice John Roberts" keep their titles."""
    pope = extract(article("Northwind named Stephanie Pope chief executive on Thursday.", "a", published="2024-03-11T12:00"))
    assert [(v.text, v.holder) for c in pope for v in c.of_kind("role")] == [("chief executive", "Stephanie Pope")]
    titles = extract(article("Pope Francis met Chief Justice John Roberts on Monday.", "a", published="2024-03-11T12:00"))
    assert {v.text for c in titles for v in c.of_kind("role")} == {"Pope", "Chief Justice"}


def test_a_title_of_several_words_before_a_name_is_one_role():
    from verifier.claims import extract_all

    def titles(text):
        (c,) = extract_all([article(text, "a")])
        return [(v.text, v.holder) for v in c.values if v.kind == "role"]

    assert titles("Chief Financial Officer Margaret Holloway spoke.") == [("Chief Financial Officer", "Margaret Holloway")]
    assert titles("Chief Executive Margaret Holloway spoke.") == [("Chief Executive", "Margaret Holloway")]
    assert titles("Managing Director Kristalina Georgieva spoke.") == [("Managing Director", "Kristalina Georgieva")]


def test_a_ministry_named_after_the_title_is_part_of_the_role():
    """Politics: "Minister of Energy X" (the tagger glues "Energy" to the name), "Minister for Roads and Highways, X"."""
    from verifier.claims import extract_all

    def titles(text):
        (c,) = extract_all([article(text, "a")])
        return [(v.text, v.holder) for v in c.values if v.kind == "role"]

    assert titles("Deputy Minister of Energy Kwabena Asante-Mensah has resigned.") == \
        [("Deputy Minister of Energy", "Kwabena Asante-Mensah")]
    assert titles("Deputy Minister for Roads and Highways, Kwabena Asante-Mensah, resigned on Monday.") == \
        [("Deputy Minister for Roads and Highways", "Kwabena Asante-Mensah")]
    assert titles("Minister of Foreign Affairs Wang Yi met reporters.") == [("Minister of Foreign Affairs", "Wang Yi")]
    assert titles("Minister for Health and Social Care Wes Streeting spoke.") == \
        [("Minister for Health and Social Care", "Wes Streeting")]


def test_a_title_in_apposition_has_its_holder():
    """Business: "Its chief financial officer, Dana Whitlock," and "Dana Whitlock, Crestline's chief operating officer"."""
    from verifier.claims import extract_all

    def holders(text):
        return [(v.text, v.holder) for c in extract_all([article(text, "a")]) for v in c.values if v.kind == "role"]

    assert holders("Its chief financial officer, Dana Whitlock, said the company would stay.") == \
        [("chief financial officer", "Dana Whitlock")]
    assert holders("Dana Whitlock, Crestline's chief operating officer, said the company would stay.") == \
        [("chief operating officer", "Dana Whitlock")]
    # in a list of names and titles, whose title follows a name after another title is unsure: none
    assert holders("John Smith, the chief executive, Jane Roe, the chief financial officer, and Tom Reyes signed.") == \
        [("chief executive", "John Smith"), ("chief financial officer", None)]
    assert holders("Present were the finance minister, Ama Serwaa, the health minister, Kofi Mensah, and others.") == \
        [("finance minister", None), ("health minister", None)]
    # the name after a comma is no apposition when the title is the object of a verb or preposition
    for text in ("In a letter to the chairman and the chief executive, Tom Reyes, the chief operating officer, "
                 "demanded a review.",
                 "After meeting the foreign minister, Ahmed Khan said talks went well.",
                 "Unlike the chief executive, Maria Lopez voted against the deal.",
                 "In a letter to the chief executive, Tom Reyes, a shareholder, demanded answers.",
                 "After firing Jane Roe, Crestline's chief executive said the company would recover."):
        assert "Tom Reyes" not in [h for r, h in holders(text) if r != "chief operating officer"], text
        assert [h for r, h in holders(text) if r not in {"chairman", "chief operating officer"}] == [None], text


def test_a_name_the_text_calls_a_town_is_a_place():
    """Health: towns too small for the gazetteer ("the town of Vilardell") are places all the same."""
    from verifier.claims import extract_all

    (c,) = extract_all([article("Cases rose to 23 in the town of Vilardell, in the province of Tarragona.", "a")])
    assert {v.text for v in c.values if v.kind == "place"} >= {"Vilardell", "Tarragona"}


def test_a_trailing_attribution_reports_the_event_it_follows():
    """"..., burying nine houses and killing 12 people, officials said": the claim tells of deaths, not of a saying."""
    (c,) = extract(article("A landslide triggered by monsoon rain swept through a hillside village in western Nepal early "
                           "on Sunday, burying nine houses and killing 12 people, officials said.", published="2024-07-08T09:00"))
    assert c.predicate == "death" and c.speaker == "officials"
    (c,) = extract(article("Officials said a landslide swept through the village, burying nine houses.",
                           published="2024-07-08T09:00"))
    assert c.predicate != "death"


def test_no_one_is_nobody_not_a_count_of_one():
    from verifier.claims import numbers

    for text in ("No one was hurt in the blast.", "no-one was injured", "Nobody and no one else was there."):
        assert not [v for v in numbers(text, 0, len(text), []) if v.number == 1], text
    assert [v.number for v in numbers("One man was hurt.", 0, 16, [])] == [1]


def _dates(text: str, published: str) -> list[date]:
    """The dates of an article's claims, resolved against its publication day."""
    return [v.earliest for c in extract(article(text, published=published)) for v in c.of_kind("date")]


def test_what_is_to_come_is_dated_forwards_and_what_was_said_is_not():
    """"will travel on Wednesday" is the coming Wednesday; "expected to ... by Wednesday" too; the day of a saying and
    a past event in a subordinate clause keep the past ("because he was shown two yellow cards on Saturday")."""
    def dated(text: str) -> list[date]:
        return _dates(text, "2026-09-29")  # a Tuesday

    assert dated("The minister will travel to Paris on Wednesday.") == [date(2026, 9, 30)]
    assert dated("The typhoon is expected to cross Luzon and exit into the sea by Wednesday.") == [date(2026, 9, 30)]
    assert dated("Kuvera will acquire PayNaija for $240 million, the two firms announced on Monday.") == [date(2026, 9, 28)]
    assert dated("Rovers will be without their striker because he was shown two yellow cards on Saturday.") == [date(2026, 9, 26)]
    assert dated("Robert Pitman is due to appear before Taunton Magistrates' Court on Thursday.") == [date(2026, 10, 1)]


def test_what_someone_said_would_happen_is_dated_after_the_saying():
    """"said the storm would make landfall on Friday" in a Tuesday article is the coming Friday; "said on Monday she
    would resign on Tuesday" the Tuesday after that Monday; "would have turned 50 on Friday" and a plan that failed
    keep the past."""
    def dated(text: str) -> list[date]:
        return _dates(text, "2026-09-29")  # a Tuesday

    assert dated("Forecasters said Typhoon Lando would make landfall in Aurora province on Friday.") == [date(2026, 10, 2)]
    assert dated("Police said the two men would appear before magistrates in Leeds on Thursday.") == [date(2026, 10, 1)]
    assert dated("The minister said on Monday she would resign on Tuesday.") == [date(2026, 9, 28), date(2026, 9, 29)]
    assert dated("His family said he would have turned 50 on Friday.") == [date(2026, 9, 25)]
    assert dated("The striker said he would attend training on Monday but did not turn up.") == [date(2026, 9, 28)]


def test_a_post_in_apposition_has_its_holder():
    def holders(text: str) -> list[tuple[str, str | None]]:
        return [(v.text, v.holder) for c in extract(article(text, published="2026-01-01")) for v in c.of_kind("role")]

    assert ("chief financial officer", "Tomás Herrera") in holders(
        "Cementos Altiplano said on Thursday that its chief financial officer, Tomás Herrera, will step down.")
    assert ("chief executive", "Hesham Farouk") in holders('"No one was hurt," said Hesham Farouk, the airline\'s chief executive.')


def test_a_wire_dateline_with_its_filing_day_is_no_part_of_the_claim():
    """"NEW DELHI, May 20 - " says where and when the story was filed, not where and when the event was."""
    (c, *_) = extract(article("NEW DELHI, May 20 - Temperatures in the Indian capital hit 46.2 degrees Celsius on Tuesday, "
                              "the weather office said.", published="2026-05-20T09:00"))
    assert c.text.startswith("Temperatures")
    assert [v.text for v in c.of_kind("date")] == ["Tuesday"]
    assert "NEW DELHI" not in [v.text for v in c.of_kind("place")]


def test_a_post_of_a_firm_described_by_its_nationality_and_one_named_after_a_saying():
    roles = [(v.norm, v.holder) for c in extract(article(
        "Fredrik Almqvist, the chief financial officer of Swedish telecoms equipment maker Ostera Networks, has resigned.",
        published="2026-03-03")) for v in c.of_kind("role")]
    assert roles == [("chief financial officer", "Fredrik Almqvist")]
    roles = [(v.norm, v.holder) for c in extract(article(
        "Ostera Networks said on Monday its chief executive, Fredrik Almqvist, was stepping down.",
        published="2026-03-03")) for v in c.of_kind("role")]
    assert roles == [("chief executive", "Fredrik Almqvist")]


# an independent review of this stop's rules found these; each passes on 29d98e1 and failed on their first version
def test_a_weekday_of_a_verb_without_would_or_of_a_plan_told_done_keeps_the_past():
    def dated(text: str) -> list[date]:
        return _dates(text, "2026-03-11")  # a Wednesday

    assert dated("Cyclone Mira, which forecasters had said would weaken, struck the coast of Odisha on Monday.") == [date(2026, 3, 9)]
    assert dated("He said he would travel to Paris on Tuesday, where he met Macron.") == [date(2026, 3, 10)]
    assert dated("The minister said he would resign on Monday and stepped down that afternoon.") == [date(2026, 3, 9)]
    assert dated("Lawyers said the verdict, which would be read on Monday, was delayed.") == [date(2026, 3, 9)]


@pytest.mark.parametrize("sentence, written", [
    ("During a cold snap in Kabul on Monday, 12 C-130 planes delivered aid to the city.", "12"),
    ("In the heat, 5 F-16 jets flew over the city on Monday.", "5"),
    ("The heatwave closed 12 F Street offices on Monday.", "12"),
])
def test_a_letter_of_a_name_after_a_figure_is_no_temperature_scale(sentence, written):
    (n,) = [v for v in values(extract(article(sentence))[0], "number") if v.text == written]
    assert n.unit not in ("degrees Celsius", "degrees Fahrenheit")


def test_a_difference_in_fahrenheit_is_no_reading():
    """"9F above normal" is 5 degrees warmer in Celsius, not minus 12.8C: not read as a reading on the scale."""
    c = extract(article("Temperatures in Phoenix were 9F above normal on Monday, the weather service said."))[0]
    assert not [v for v in c.of_kind("number") if v.unit in ("degrees Celsius", "degrees Fahrenheit")]


def test_a_post_given_as_or_said_with_is_has_its_holder():
    def holders(text: str) -> list[tuple[str, str | None]]:
        return [(v.norm, v.holder) for c in extract(article(text, published="2026-01-20")) for v in c.of_kind("role")]

    assert ("finance minister", "Daniel Whitcombe") in holders(
        "Prime Minister Grace Tamati on Monday named veteran MP Daniel Whitcombe as the country's new finance minister.")
    assert ("foreign minister", "Daniel Whitcombe") in holders(
        "Daniel Whitcombe, a long-serving MP and former trade minister, is New Zealand's new foreign minister.")
    assert ("finance minister", None) in holders("The wife of Daniel Whitcombe is the new finance minister.")


@pytest.mark.parametrize(("expr", "inside", "outside"), [
    ("two weeks ago", date(2024, 5, 7), date(2024, 5, 1)),  # a count of weeks: half a week either side
    ("three months ago", date(2024, 2, 10), date(2024, 1, 10)),
    ("a year ago", date(2023, 3, 1), date(2022, 9, 1)),
])
def test_weeks_months_and_years_ago_are_spans_not_days(expr, inside, outside):
    """"Two weeks ago the council voted" in an article of May 22 does not name May 8: a reporter counts round weeks."""
    v = resolve_date(expr, datetime(2024, 5, 22))
    assert v.granularity != "day" and v.earliest <= inside <= v.latest and not v.earliest <= outside <= v.latest
    assert v.latest <= date(2024, 5, 22)
    assert describe_interval(v.earliest, v.latest, v.granularity) == f"{v.earliest.isoformat()}..{v.latest.isoformat()}"


def test_a_count_of_weeks_in_words_beyond_ten_is_a_span_too():
    assert resolve_date("twelve months ago", datetime(2024, 5, 22)).norm == resolve_date("12 months ago", datetime(2024, 5, 22)).norm


def test_days_ago_are_still_one_day():
    v = resolve_date("three days ago", datetime(2024, 5, 22))
    assert (v.granularity, v.earliest, v.latest) == ("day", date(2024, 5, 19), date(2024, 5, 19))
