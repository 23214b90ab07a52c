"""Stage 5: agreements, contradictions and uncertain cases, on small invented
article pairs and on the demo corpus."""

from __future__ import annotations

from datetime import datetime

import pytest

from verifier.pipeline import compare_sources

from .conftest import article


def findings(embedder, *sources, kind=None):
    report = compare_sources(list(sources), embedder=embedder)
    return [f for f in report.findings if kind is None or f.kind == kind], report


def between(embedder, text_a: str, text_b: str):
    """The findings between two undated one-paragraph articles."""
    found, _ = findings(embedder, article(text_a, "a"), article(text_b, "b"))
    return found


def test_casualty_count_that_differs_is_a_number_contradiction(embedder):
    a = article("KABUL – A suicide bomber killed 12 people at a crowded market in Kabul on Sunday, police said.",
                "a", published="2024-03-04T09:00")
    b = article("KABUL – A suicide bomber killed 15 people at a crowded market in Kabul on Sunday, police said.",
                "b", published="2024-03-04T10:00")
    (c,), _ = findings(embedder, a, b, kind="contradiction")
    assert c.aspect == "number"
    assert [e.value for e in c.evidence] == ["12 people", "15 people"]
    for e, src in zip(c.evidence, (a, b)):
        assert src.text[e.start:e.end] == e.quote


def test_a_summary_does_not_name_the_official_who_gave_the_toll_as_its_victim(embedder):
    """Both outlets quote the minister: the finding is about the attack's wounded, not "the death of" the minister."""
    a = article("A man armed with a knife killed one person and wounded four others near the Bir-Hakeim bridge in Paris "
                "on Saturday evening, Interior Minister Gerald Darmanin said.", "a", published="2023-12-03T10:00")
    b = article("A knife attacker killed a tourist and injured two people in Paris on Saturday night, Interior Minister "
                "Gerald Darmanin told reporters.", "b", published="2023-12-03T10:00")
    (c,), _ = findings(embedder, a, b, kind="contradiction")
    assert c.aspect == "number" and "Darmanin" not in c.summary.split(":")[0]


def test_at_least_is_compatible_with_a_larger_count(embedder):
    a = article("At least 110 soldiers suffered brain injuries in the missile attack on the base on Tuesday.", "a",
                published="2020-01-10T09:00")
    b = article("A total of 110 soldiers suffered brain injuries in the missile attack on the base on Tuesday.", "b",
                published="2020-01-10T09:00")
    contradictions, _ = findings(embedder, a, b, kind="contradiction")
    assert contradictions == []


def test_date_that_differs_by_a_day_is_a_date_contradiction(embedder):
    a = article("Former president John Mahama died on March 3, 2024 in Accra, his family said.", "a")
    b = article("Former president John Mahama died on March 4, 2024 in Accra, his family said.", "b")
    (c,), _ = findings(embedder, a, b, kind="contradiction")
    assert c.aspect == "date"
    assert {e.value for e in c.evidence} == {"2024-03-03", "2024-03-04"}


def test_place_that_is_contained_agrees(embedder):
    a = article("Foreign Minister Hakan Fidan arrived at Baghdad International Airport on Monday for talks with "
                "Prime Minister Mohammed Shia al-Sudani.", "a", published="2024-08-05T12:00")
    b = article("Foreign Minister Hakan Fidan arrived in Baghdad on Monday for talks with Prime Minister Mohammed "
                "Shia al-Sudani.", "b", published="2024-08-05T15:00")
    found, _ = findings(embedder, a, b)
    assert not [f for f in found if f.kind in {"contradiction", "uncertain"}]
    assert [f.kind for f in found if f.kind == "agreement"] == ["agreement"]


def test_different_place_on_the_same_day_is_a_place_contradiction(embedder):
    a = article("Foreign Minister Hakan Fidan met Prime Minister Mohammed Shia al-Sudani in Baghdad on Monday.",
                "a", published="2024-08-05T12:00")
    b = article("Foreign Minister Hakan Fidan met Prime Minister Mohammed Shia al-Sudani in Erbil on Monday.",
                "b", published="2024-08-05T15:00")
    (c,), _ = findings(embedder, a, b, kind="contradiction")
    assert c.aspect == "place"


def test_different_place_with_unknown_dates_is_uncertain(embedder):
    found = between(embedder,
                    "Qasim al-Araji held talks with Ali Akbar Ahmadian in Tehran on Monday.",
                    "Qasim al-Araji held talks with Ali Akbar Ahmadian in Baghdad on Monday.")
    assert [(f.kind, f.aspect) for f in found if f.kind != "single_source"] == [("uncertain", "place")]


def test_look_alike_visits_on_known_different_dates_are_two_events(embedder):
    a = article("Qasim al-Araji held talks with Ali Akbar Ahmadian in Tehran on Monday.", "a", published="2023-05-29T20:00")
    b = article("Qasim al-Araji held talks with Ali Akbar Ahmadian in Baghdad on Monday.", "b", published="2024-11-11T20:00")
    found, _ = findings(embedder, a, b)
    assert not [f for f in found if f.kind in {"contradiction", "uncertain", "agreement"}]


def test_role_that_changed_over_time_is_no_contradiction(embedder):
    a = article("Secretary of the Supreme National Security Council Ali Shamkhani met Iraqi adviser Qasim al-Araji "
                "in Baghdad.", "a", published="2023-03-19T23:11")
    b = article("The former secretary of the Supreme National Security Council Ali Shamkhani met Iraqi adviser "
                "Qasim al-Araji in Baghdad.", "b", published="2023-05-29T20:28")
    found, _ = findings(embedder, a, b)
    assert not [f for f in found if f.kind in {"contradiction", "uncertain"}]
    assert [f.kind for f in found if f.kind == "agreement"] == ["agreement"]


def test_one_role_two_holders_on_the_same_day_is_a_person_contradiction(embedder):
    a = article("Iraqi Prime Minister Mohammed Shia al-Sudani received Ali Akbar Ahmadian in Baghdad on Monday.",
                "a", published="2024-02-05T20:00")
    b = article("Iraqi Prime Minister Mustafa al-Kadhimi received Ali Akbar Ahmadian in Baghdad on Monday.",
                "b", published="2024-02-05T21:00")
    (c,), _ = findings(embedder, a, b, kind="contradiction")
    assert c.aspect == "person"


def test_same_name_spelled_two_ways_is_one_entity(embedder):
    a = article("Iraq’s National Security Adviser Qasim al-Araji met Ali Akbar Ahmadian in Tehran.", "a")
    b = article("Iraqi National Security Adviser Qassem al-Araji met Ali-Akbar Ahmadian in Tehran.", "b")
    _, report = findings(embedder, a, b)
    people = [e for e in report.entities if e.type == "person"]
    assert len(people) == 2
    assert all(e.sources == ("a", "b") for e in people)


def test_two_people_sharing_a_first_name_stay_two(embedder):
    a = article("Lieutenant General Qassem Soleimani was killed in Baghdad on January 3, 2020.", "a")
    b = article("National Security Adviser Qassem al-Araji visited Baghdad on January 3, 2020.", "b")
    _, report = findings(embedder, a, b)
    assert len([e for e in report.entities if e.type == "person"]) == 2


def test_opposite_polarity_is_flagged(embedder):
    found = between(embedder,
                    "\"Iraq will not allow any group or country to use Iraqi soil to create insecurity in Iran,\" the "
                    "adviser said.",
                    "\"Iraq will allow any group or country to use Iraqi soil to create insecurity in Iran,\" the adviser "
                    "said.")
    assert [(f.kind, f.aspect) for f in found if f.aspect == "polarity"] == [("contradiction", "polarity")]


def test_appointment_after_newly_appointed_is_a_date_contradiction(embedder):
    a = article("Iraq’s National Security Adviser Qasim al-Araji held talks with newly-appointed Secretary of Iran’s "
                "Supreme National Security Council Ali Akbar Ahmadian in Tehran.", "a", published="2023-05-29T20:28")
    b = article("This is the first trip of Ali Akbar Ahmadian abroad since he was appointed secretary of Iran’s top "
                "security body in June 2023.", "b")
    (c,), _ = findings(embedder, a, b, kind="contradiction")
    assert c.aspect == "date"
    assert [e.value for e in c.evidence] == ["<= 2023-05-29", "2023-06"]
    assert 0.5 < c.confidence < 1


def test_demo_corpus_findings(demo_report):
    kinds = [f.kind for f in demo_report.findings]
    assert kinds.count("contradiction") == 1
    assert kinds.count("uncertain") <= 5
    (c,) = [f for f in demo_report.findings if f.kind == "contradiction"]
    assert c.aspect == "date" and "newly-appointed" in c.evidence[0].quote and "June 2023" in c.evidence[1].quote
    # contradictions first, then uncertain, agreements, single-source claims
    order = {"contradiction": 0, "uncertain": 1, "agreement": 2, "single_source": 3}
    assert [order[k] for k in kinds] == sorted(order[k] for k in kinds)
    texts = {s.id: s.text for s in demo_report.sources}
    for f in demo_report.findings:
        assert 0 <= f.confidence <= 1 and f.summary
        for e in f.evidence:
            assert texts[e.source][e.start:e.end] == e.quote


def test_grouping_holds_for_any_order_of_pairs():
    """Agreement groups: one claim per source, every claim in one group at most,
    every two claims of a group agreeing themselves, whatever the order of the
    aligned pairs (a merge once reused a live group id)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from verifier.align import Pair
    from verifier.compare import _agreements
    from verifier.entities import Resolution
    from verifier.records import Claim, Source

    claims = [Claim(id=f"{s}:{i}", source=s, start=0, end=4, text="text") for s in "abcdef" for i in range(4)]
    sources = {s: Source(id=s, path=s, text="text") for s in "abcdef"}
    cross = [(i, j) for i in range(len(claims)) for j in range(i + 1, len(claims)) if claims[i].source != claims[j].source]

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(cross), max_size=60, unique=True))
    def check(chosen):
        pairs = [Pair(i, j, 0.5, 0.5, "paraphrase") for i, j in chosen]
        found = _agreements(claims, pairs, set(), sources, Resolution((), {}), {(i, j): [] for i, j in chosen})
        for f in found:
            ids = [e.source for e in f.evidence]
            assert len(ids) == len(set(ids)) >= 2
        grouped = [e.claim for f in found if len(f.evidence) > 2 for e in f.evidence]
        assert len(grouped) == len(set(grouped))
        reported = {e.claim for f in found for e in f.evidence}
        assert all(claims[i].id in reported or claims[j].id in reported for i, j in chosen)  # no agreeing pair is lost
        index = {c.id: n for n, c in enumerate(claims)}
        for f in found:  # no chaining: every two claims of an agreement agree themselves
            ids = sorted(index[e.claim] for e in f.evidence)
            assert all((x, y) in set(chosen) for k, x in enumerate(ids) for y in ids[k + 1:])

    check()


def _claim(text: str):
    from verifier.claims import extract
    from verifier.sources import analyse

    (c, *_rest) = extract(analyse("t", "t.txt", text + "\n"))
    return c


def _number(claim, written: str):
    return next(v for v in claim.of_kind("number") if v.text == written)


def _certainty(text_a: str, figure_a: str, text_b: str, figure_b: str) -> float:
    """number_certainty of one written figure in each of two one-sentence claims."""
    from verifier.values import number_certainty

    a, b = _claim(text_a), _claim(text_b)
    return number_certainty(a, _number(a, figure_a), b, _number(b, figure_b))


def test_units_of_casualties_and_ages_are_comparable():
    from verifier.values import quantity_unit

    a = _claim("State media said there were at least 770 dead and over 5,600 injured.")
    b = _claim("A powerful earthquake hit the region, killing 10 people and injuring 80.")
    c = _claim("Paul Durousseau, 30, was charged with murder in Jacksonville.")
    d = _claim("A 36-year-old Australian climber is dead after a fall on Mount Cook.")
    assert [quantity_unit(a, _number(a, w)) for w in ("770", "5,600")] == ["dead", "injured"]
    assert [quantity_unit(b, _number(b, w)) for w in ("10", "80")] == ["dead", "injured"]
    assert quantity_unit(c, _number(c, "30")) == "age of durousseau"  # an age is a person's
    assert quantity_unit(d, _number(d, "36")) == "age of climber"  # a nationality is not who
    e = _claim("Police allege Eric Allen Kirkpatrick, 61, opened fire, killing Benjamin David Banky, 40.")
    assert [quantity_unit(e, _number(e, w)) for w in ("61", "40")] == ["age of kirkpatrick", "age of banky"]


def test_a_counted_noun_is_one_unit_in_the_singular_and_the_plural():
    from verifier.values import matched_quantities, quantity_unit

    a = _claim("It will cost about $20,000 per eight-week course of treatment, a spokeswoman said.")
    b = _claim("The course of treatment lasts 16 weeks and costs about $20,000.")
    assert quantity_unit(a, _number(a, "eight")) == quantity_unit(b, _number(b, "16")) == "week"
    _equal, differing = matched_quantities(a, b)
    assert [(x.text, y.text) for x, y in differing] == [("eight", "16")]
    c = _claim("Police stopped 14 lorries on the motorway near Calais.")
    d = _claim("Police stopped one lorry on the motorway near Calais on Monday.")
    assert quantity_unit(c, _number(c, "14")) == quantity_unit(d, _number(d, "one")) == "lorry"


def test_a_crowd_is_one_unit_however_it_is_named():
    """Sport: "a crowd of 4,812", "the attendance of 6,230" and "in front of 7,148 fans" all count who watched;
    "a mother of 12" still counts her children."""
    from verifier.values import quantity_unit

    units = {quantity_unit(c, _number(c, n)) for c, n in (
        (_claim("Harrowgate won among a crowd of 4,812 at Fernlea Park."), "4,812"),
        (_claim("The attendance of 6,230 was the club's highest of the season."), "6,230"),
        (_claim("The win, in front of 7,148 fans, moved Timberline into second place."), "7,148"))}
    assert units == {"spectator"}
    c = _claim("A mother of 12 was killed in the crash.")
    assert quantity_unit(c, _number(c, "12")) == "mother of"


def test_figures_ten_times_apart_are_paired_last():
    from verifier.values import matched_quantities

    a = _claim("He came in needing 11 points to break Rodney Buford's scoring record of 2,106.")
    b = _claim("McDermott broke Rodney Buford's school scoring record of 2,116 points in the first half.")
    _equal, differing = matched_quantities(a, b)
    assert [(x.text, y.text) for x, y in differing] == [("2,106", "2,116")]


def test_share_prices_in_pence_at_two_moments_are_not_certain():
    from verifier.values import matched_quantities, number_certainty

    a = _claim("BA shares were up 0.59 percent at 170 pence in early afternoon trading in London.")
    b = _claim("BA shares closed down 0.89 percent at 167 pence in London.")
    _equal, differing = matched_quantities(a, b)
    priced = [(x, y) for x, y in differing if x.text == "170"]
    assert priced and number_certainty(a, priced[0][0], b, priced[0][1]) < 0.9


def test_ranges_bounds_and_conversions():
    from verifier.values import matched_quantities, quantities_conflict, range_of

    ranged = _claim("Predictions ranged from 16 cents a share to 27 cents a share, analysts said.")
    single = _claim("Analysts had expected 22 cents a share, according to the survey.")
    assert range_of(ranged, _number(ranged, "16")) == (16.0, 27.0)
    assert not quantities_conflict(_number(ranged, "27"), _number(single, "22"), ranged, single)
    change = _claim("The company raised its dividend from 12 cents to 25 cents a share.")
    assert range_of(change, _number(change, "12")) is None  # a change, not a range
    over = _claim("The show has taken over $2 billion worldwide since it opened.")
    less = _claim("The show has taken $1.8 billion worldwide since it opened.")
    assert quantities_conflict(_number(over, "2 billion"), _number(less, "1.8 billion"))
    converted = _claim("Damage was estimated at $US1 million ($1.52 million), officials said.")
    plain = _claim("Damage was estimated at $1 million, officials said.")
    equal, differing = matched_quantities(converted, plain)
    assert differing == [] and len(equal) == 1


def test_two_moments_of_a_trading_day_are_uncertain_figures():
    from verifier.values import number_certainty

    a = _claim("Shares of GE were slipping 17 cents to $28.02 in premarket trading.")
    b = _claim("Shares of GE were down 7 cents to $28.12 by the close of trading in New York.")
    assert number_certainty(a, _number(a, "28.02"), b, _number(b, "28.12"), close=True) < 0.9
    c = _claim("Shares of GE were down 7 cents to $28.32 by the close of trading in New York.")
    assert number_certainty(b, _number(b, "28.12"), c, _number(c, "28.32"), close=True) == 1.0


def test_same_relative_words_read_against_two_publication_dates_are_no_contradiction(embedder):
    """A wire story republished a week later says "last Thursday" of the same day: the two dates it
    resolves to are for a person to judge, not a contradiction."""
    text = "Anthony LaCalamita had been fired last Thursday as a general accountant at the firm, police said."
    a = article(text, "a", published="2007-04-10T12:00")
    b = article(text, "b", published="2007-04-17T12:00")
    found, _ = findings(embedder, a, b)
    assert not [f for f in found if f.kind == "contradiction"]
    assert [f.aspect for f in found if f.kind == "uncertain"] == ["date"]


def test_counted_things_read_from_the_words_around_a_number():
    """What a number counts decides which figures are compared: casualties
    named by the verb before it, children of a mother, an age by surname,
    metres spelled two ways, a decimal written with thousands separators."""
    from verifier.values import quantity_unit

    quake = _claim("The quake killed 12 people and injured 40 others in the province.")
    assert [quantity_unit(quake, _number(quake, w)) for w in ("12", "40")] == ["dead", "injured"]
    left = _claim("The storm left 40 others homeless in the province.")
    assert quantity_unit(left, _number(left, "40")) != "injured"
    mother = _claim("A video captures the moment a Brooklyn mother of 12 was killed in a shootout.")
    named = _claim("Video of Brooklyn Mother of 13 Zurana Horton shot dead in a gang shooting was released.")
    assert quantity_unit(mother, _number(mother, "12")) == quantity_unit(named, _number(named, "13")) == "mother of"
    total = _claim("Officials said a total of 10 people had been killed in the villages.")
    assert quantity_unit(total, _number(total, "10")) == "dead"
    titled = _claim("On Saturday, 32-year-old Englishman Robert Buckley fell about 600 metres on the mountain.")
    plain = _claim("The next day 31-year-old Robert Buckley of the U.K. slipped and fell 700 meters to his death.")
    assert quantity_unit(titled, _number(titled, "32")) == quantity_unit(plain, _number(plain, "31")) == "age of buckley"
    assert quantity_unit(titled, _number(titled, "600")) == quantity_unit(plain, _number(plain, "700")) == "metre"
    father = _claim("A father of three died when the bus crashed near Lyon on Sunday.")
    assert quantity_unit(father, _number(father, "three")) == "father of"  # his children, not the dead
    miners = _claim("The deaths of 12 miners shocked the town.")
    assert quantity_unit(miners, _number(miners, "12")) == "miner"
    said = _claim("The 19-year-old Smith said he was innocent.")
    striker = _claim("The 30-year-old former Manchester United striker scored twice.")
    assert quantity_unit(said, _number(said, "19")) == "age of smith"
    assert quantity_unit(striker, _number(striker, "30")) == "age of striker"
    index = _claim("The Nasdaq gained 13.73 points to finish at 1,700.34 on Friday.")
    assert [v.number for v in index.of_kind("number")] == [13.73, 1700.34]


def test_figures_of_several_things_or_two_spans_are_not_certain():
    assert _certainty("The seven-year offers for the first baseman were in a range set by the owners.", "seven",
                      "The owners made the first baseman an eight-year offer on Friday.", "eight") < 0.9
    assert _certainty("It will cost about $20,000 per eight-week course of treatment.", "eight",
                      "It will cost about $20,000 per six-week course of treatment.", "six") == 1.0
    assert _certainty("Teixeira hit 13 home runs in 54 games with the Angels.", "13",
                      "Teixeira hit 33 home runs with the Braves and the Angels.", "33") < 0.9


def test_one_exact_figure_said_two_ways_is_a_contradiction_across_kinds_of_event(embedder):
    """Two outlets on one cable cut, one saying two cables and the other three: the kinds of
    event the parse reads differ (damage, disruption), the figure of one counted thing does not."""
    a = article("Millions of people lost access to the internet after two undersea cables in the "
                "Mediterranean suffered severe damage on Friday.", "a", published="2008-01-31T12:00")
    b = article("Internet and telephone links were severely disrupted on Friday after three undersea "
                "cables were damaged in the Mediterranean, France Telecom said.", "b", published="2008-01-31T12:00")
    found, _ = findings(embedder, a, b)
    assert [f.aspect for f in found if f.kind == "contradiction"] == ["number"]
    two_spans = [article("Teixeira hit 13 home runs and 43 RBIs in 54 games with the Angels last season.", "c"),
                 article("Last season Teixeira hit 33 home runs and 121 RBIs in 157 games.", "d")]
    found, _ = findings(embedder, *two_spans)
    assert not [f for f in found if f.kind == "contradiction"]


def test_counterparts_are_each_others_most_likely_claim_in_the_other_source():
    """One figure said two ways is a contradiction only between counterparts: claim 2 of
    source b is a's second-best match, so a and b2 are no counterparts."""
    import importlib
    from dataclasses import replace

    from verifier.align import Pair

    compare_module = importlib.import_module("verifier.compare")
    base = _claim("The navy captured 23 pirates in the Gulf of Aden.")
    claims = [replace(base, source="a", id="a1"), replace(base, source="b", id="b1"), replace(base, source="b", id="b2")]
    closest = compare_module._closest(claims, [Pair(0, 1, 0.9, 0.9, "same event"), Pair(0, 2, 0.6, 0.6, "same event")])
    assert closest[(0, "b")] == 1  # a's counterpart in b
    assert closest[(2, "a")] == 0 and closest[(1, "a")] == 0  # but b2's best in a is a1 too: not mutual


def test_the_words_denied_in_one_claim_and_stated_in_the_other_are_a_polarity_contradiction(embedder):
    """One statement denied and affirmed ("no agreement has been reached" vs "an agreement has
    been reached"), but a denial of something the other claim does not say stays compatible."""
    found = between(embedder,
                    "Union leaders said no agreement had been reached on the wage rise for the city's bus drivers.",
                    "Union leaders said that an agreement has been reached on the wage rise for the city's bus drivers.")
    assert [(f.kind, f.aspect) for f in found if f.aspect == "polarity"] == [("contradiction", "polarity")]
    found = between(embedder,
                    "Rescuers said no climber was buried, but two were swept down the slope by the avalanche.",
                    "Rescuers said two of the climbers were swept down the slope by the avalanche.")
    assert not [f for f in found if f.aspect == "polarity" and f.kind == "contradiction"]


def test_one_arrest_in_one_city_on_two_weekdays_is_a_date_contradiction(embedder):
    """The same arrest at one named place, given two weekdays: a contradiction even without
    a publication date. The weekday of a charge and of the shooting before it is none."""
    found = between(embedder,
                    "The suspect was arrested Tuesday night at a motel in Fresno after a week-long search.",
                    "The suspect was arrested in Fresno, California, on Monday night by officers acting on a tip.")
    assert [(f.kind, f.aspect) for f in found if f.aspect == "date"] == [("contradiction", "date")]
    found = between(embedder,
                    "A 45-year-old man was charged with murder Saturday after a stabbing outside a bar in Leeds.",
                    "A man has been charged with murder after a stabbing outside a bar in Leeds on Friday.")
    assert not [f for f in found if f.kind == "contradiction"]


def test_a_count_stated_alike_ties_two_accounts_of_one_seizure(embedder):
    """"Seven rifles" and "13 magazines" alike and the pistols said two ways: one seizure
    misreported, whatever the parse made of the verbs."""
    found = between(embedder,
                    "Navy commandos boarded the smugglers' boat off the coast of Yemen and seized seven rifles, four "
                    "pistols and 13 magazines of ammunition from the crew.",
                    "The haul found on board included seven rifles, six pistols, 13 magazines of ammunition, two radios "
                    "and a satellite phone, officials said.")
    assert [(f.kind, f.aspect) for f in found if f.kind == "contradiction"] == [("contradiction", "number")]


def test_times_of_day_allow_their_wording():
    from verifier.values import clock_time

    def window(text):
        found = clock_time(_claim(text))
        return found and (found.earliest, found.latest)

    assert window("The crash happened at 7:01 p.m. on Friday, police said.") == (1141, 1142)  # exact
    assert window("The fire broke out at 3:30 a.m. in the warehouse.") == (195, 226)  # a round time is rounded
    assert window("He was stopped shortly after 2 a.m. on Route 52.") == (120, 140)
    assert window("Her agent said she died at 18:41 in a Los Angeles hospital.") == (1121, 1122)  # a 24-hour clock
    assert window("She died at 6:41pm PST (0241 GMT Friday), her agent said.") is None  # two clocks of one moment
    assert window("The train left at 8:30 and arrived at 9:15.") is None  # morning or evening is unknown


def test_one_event_at_two_times_of_day_is_a_date_contradiction(embedder):
    found = between(embedder,
                    "The tanker exploded at 7:05 p.m. on Friday on the harbour front, the port authority said.",
                    "The tanker exploded at 9:40 p.m. on Friday on the harbour front, the port authority said.")
    assert [(f.kind, f.aspect) for f in found if f.kind == "contradiction"] == [("contradiction", "date")]
    found = between(embedder,
                    "The tanker exploded at about 7 p.m. on Friday on the harbour front, the port authority said.",
                    "The tanker exploded at 7:08 p.m. on Friday on the harbour front, the port authority said.")
    assert not [f for f in found if f.kind in {"contradiction", "uncertain"}]


def test_one_figure_of_things_named_two_ways_in_a_paraphrase_is_uncertain_not_agreed(embedder):
    found = between(embedder,
                    "The sanctions list, which now includes more than 360 companies and individuals, was extended on "
                    "Monday to the shipping firm Oceanic Lines.",
                    "The sanctions list, which now includes 125 names, was extended on Monday to the shipping firm "
                    "Oceanic Lines.")
    assert [(f.kind, f.aspect) for f in found if f.kind != "single_source"] == [("uncertain", "number")]


def test_a_span_of_time_said_alike_is_no_agreement(embedder):
    """"for the 90 days" of a rehab stay and "every 90 days" of a review: one figure, two facts."""
    found = between(embedder,
                    "The challenge now is to keep her in the clinic for the 90 days, a friend told the magazine.",
                    "Patients' behaviour is reviewed every 90 days before they can move up to the next step.")
    assert not [f for f in found if f.kind == "agreement"]


def test_what_is_likely_to_happen_does_not_contradict_what_has_not(embedder):
    found = between(embedder,
                    "It seems likely the actor will officially be signed on as director of the sequel.",
                    "The actor is not signed on as the director of the sequel.")
    assert not [f for f in found if f.kind == "contradiction"]


def test_running_totals_and_wished_for_figures_are_not_certain():
    from verifier.values import _running_total, _wished, matched_quantities, number_certainty

    def first_number(text, written):
        c = _claim(text)
        return c, _number(c, written)

    assert _running_total(*first_number("The death toll from the earthquake rose to 40 on Monday.", "40"))
    assert _running_total(*first_number("The win took his record to 52-3 with 46 wins by knockout.", "46"))
    assert not _running_total(*first_number("The record crowd of 40,000 who took the train saw Smith score 3 goals.", "3"))
    assert _wished(*first_number("The agent was hoping to secure a five-year contract with the club.", "five"))
    assert not _wished(*first_number("The fire, which could be seen for miles, killed 12 people.", "12"))
    # end to end: a contract hoped for against one offered, and the same figures stated plainly
    a = _claim("The striker's agent was hoping to secure a five-year contract with the club.")
    b = _claim("The club offered the striker a three-year contract on Friday.")
    (x, y), = matched_quantities(a, b)[1]
    assert number_certainty(a, x, b, y) < 0.9
    a = _claim("The striker's agent secured a five-year contract with the club.")
    (x, y), = matched_quantities(a, b)[1]
    assert number_certainty(a, x, b, y) == 1.0


def test_a_count_alike_that_ties_two_claims_is_of_a_named_thing_in_digits():
    import importlib

    from verifier.values import matched_quantities

    compare_stage = importlib.import_module("verifier.compare")

    def tied(x_text, y_text):
        a, b = _claim(x_text), _claim(y_text)
        return compare_stage._a_count_alike(a, b, matched_quantities(a, b)[0])

    assert tied("Commandos seized seven rifles and 13 magazines from the boat.", "Seven rifles and 13 magazines were found.")
    assert not tied("The challenge is to keep her in the clinic for 90 days.", "Behaviour is reviewed every 90 days.")
    assert not tied("The two countries signed a trade deal.", "The two countries signed a defence pact on Friday.")


def test_a_claim_without_a_verb_is_read_as_future_by_its_words():
    import importlib

    compare_stage = importlib.import_module("verifier.compare")
    claim = _claim("It seems likely the actor will officially be signed on as director.")
    assert claim.frame is None or claim.frame.type == "other"  # no event verb to read the modality from
    assert compare_stage._future(claim)
    assert not compare_stage._future(_claim("The actor is not signed on as the director."))
    # the words of a schedule, one list for dates and for this ("is slated to", as "is set to")
    assert compare_stage._future(_claim("The new bridge is slated to open to traffic next spring."))
    assert not compare_stage._future(_claim("The bridge was opened to traffic in March."))


def test_two_events_of_one_story_at_two_times_are_no_contradiction(embedder):
    found = between(embedder,
                    "The first bomb exploded at 7:05 p.m. near the main market in Kabul, police said.",
                    "A second bomb exploded at 7:40 p.m. near the main market in Kabul, police said.")
    assert not [f for f in found if f.kind == "contradiction" and f.aspect == "date"]
    # two steps of one story on one day: the gunman entered at 4 p.m., gave himself up after 6 p.m.
    found = between(embedder,
                    "Police said the gunman entered the party at about 4 p.m. on Saturday.",
                    "Police said the gunman gave himself up just after 6 p.m. on Saturday.")
    assert not [f for f in found if f.kind in {"contradiction", "uncertain"} and f.aspect == "date"]


def test_times_either_side_of_midnight_and_spans_of_time():
    from verifier.values import clock_time, clock_times_apart

    late, early = clock_time(_claim("The fire started shortly after 11:50 p.m. in the warehouse.")), \
        clock_time(_claim("The fire started at 12:05 a.m. in the warehouse."))
    assert late and early and not clock_times_apart(late, early)  # fifteen minutes, not a day
    assert clock_times_apart(clock_time(_claim("The fire started at 7:05 p.m. on Friday.")),
                             clock_time(_claim("The fire started at 9:40 p.m. on Friday.")))
    assert clock_time(_claim("The fire broke out between 2 and 3 a.m. on Sunday.")) is None  # a span, no one time


def test_the_words_denied_affirmed_of_another_doer_are_no_polarity_contradiction():
    import importlib

    compare_stage = importlib.import_module("verifier.compare")
    denied = _claim("The health minister did not resign over the hospital scandal.")
    assert compare_stage._denied_words_affirmed(denied, _claim("The health minister resigned over the hospital scandal."))
    assert not compare_stage._denied_words_affirmed(
        denied, _claim("The health minister's deputy resigned over the hospital scandal."))


def test_a_passive_denial_said_by_the_doer_is_a_polarity_contradiction(embedder):
    """Disaster: "Police are treating as suspicious a fire" vs "a fire ... is not being treated as suspicious,
    police said": the police, who speak, are who treats it; not the deputy's own word on the minister."""
    found = between(embedder, "Police are treating as suspicious a fire that destroyed a textile warehouse in Oldham on "
                              "Tuesday night.",
                    "A fire that destroyed a textile warehouse in Oldham on Tuesday night is not being treated as "
                    "suspicious, police said.")
    assert [(f.kind, f.aspect) for f in found if f.aspect == "polarity"] == [("contradiction", "polarity")]
    import importlib

    compare_stage = importlib.import_module("verifier.compare")
    assert not compare_stage._denied_words_affirmed(_claim("The minister did not resign, his deputy said."),
                                                    _claim("The minister's deputy resigned on Monday."))


def test_what_is_denied_then_happens_after_the_article_is_no_polarity_contradiction(embedder):
    """Health: "has not been detected in Britain" on June 10, "detected ... on Thursday" (June 13) in an article of
    June 14: it happened since."""
    a = article("The new variant has not been detected in Britain, health officials said.", "a",
                published="2024-06-10T09:00")
    b = article("Health officials detected the new variant in Britain on Thursday.", "b", published="2024-06-14T09:00")
    assert not [f for f in findings(embedder, a, b)[0] if f.aspect == "polarity"]


def test_a_denial_then_an_undated_affirmation_in_a_later_article_is_for_a_person_to_judge(embedder):
    """Crime: "has not been charged" on June 10, "charged" with no date in an article of June 14: it may have
    happened since; a person judges."""
    a = article("The suspect has not been charged with the murder of Jane Roe, police said.", "a",
                published="2024-06-10T09:00")
    b = article("Police charged the suspect with the murder of Jane Roe, police said.", "b", published="2024-06-14T09:00")
    assert [f.kind for f in findings(embedder, a, b)[0] if f.aspect == "polarity"] in ([], ["uncertain"])


def test_two_countries_ministers_of_one_post_are_no_person_contradiction(embedder):
    """Politics: "Finance Minister X of Ghana met Finance Minister Y of Nigeria", and the names in the other order."""
    a = article("Finance Minister Ken Ofori-Atta of Ghana met Finance Minister Wale Edun of Nigeria in Accra on Monday.",
                "a", published="2024-06-10T09:00")
    b = article("Finance Minister Wale Edun of Nigeria met Finance Minister Ken Ofori-Atta of Ghana in Accra on Monday.",
                "b", published="2024-06-10T10:00")
    assert not [f for f in findings(embedder, a, b)[0] if f.kind == "contradiction"]


def test_two_ministers_resigning_on_one_day_are_no_fact_in_common(embedder):
    """Politics: the finance minister and the health minister both resigned on Tuesday: two resignations, no agreement,
    and in a sentence telling both, each is compared with its own counterpart."""
    a = article("The finance minister resigned on Tuesday over the budget row.", "a", published="2025-03-10T09:00")
    b = article("The health minister resigned on Tuesday over the hospital scandal.", "b", published="2025-03-10T10:00")
    assert not [f for f in findings(embedder, a, b)[0] if len({e.source for e in f.evidence}) == 2]
    a = article("Finance Minister Ana Ruiz resigned on Tuesday after the health minister quit on Monday over the hospital "
                "scandal.", "a", published="2025-03-10T09:00")
    b = article("The health minister resigned on Tuesday over the hospital scandal, the government said.", "b",
                published="2025-03-10T10:00")
    found, _ = findings(embedder, a, b)
    assert [f.aspect for f in found if f.kind == "contradiction"] == ["date"]
    assert not [f for f in found if f.kind == "agreement"]


def test_one_post_resigned_on_two_days_is_still_a_date_contradiction(embedder):
    """The control: one ministry's minister resigned on Monday in one outlet, on Tuesday in the other."""
    a = article("Health Minister Ana Ruiz resigned on Tuesday over the hospital scandal.", "a", published="2025-03-10T09:00")
    b = article("Health Minister Ana Ruiz resigned on Monday over the hospital scandal.", "b", published="2025-03-10T10:00")
    assert [f.aspect for f in findings(embedder, a, b, kind="contradiction")[0]] == ["date"]


def test_a_price_by_currency_code_against_the_currency_named(embedder):
    """Business: "NOK 14.2 billion" and "12.4 billion Norwegian crowns" are one unit; the figures contradict."""
    a = article("Kaiyo Suisan Holdings agreed to buy salmon farmer Nordfjord Havbruk for NOK 14.2 billion on Monday.",
                "a", published="2024-11-05T09:00")
    b = article("Kaiyo Suisan Holdings agreed to buy salmon farmer Nordfjord Havbruk for 12.4 billion Norwegian crowns "
                "on Monday.", "b", published="2024-11-05T10:00")
    (c,) = findings(embedder, a, b, kind="contradiction")[0]
    assert c.aspect == "number" and "14.2 billion" in c.summary and "12.4 billion" in c.summary
    b = article("Kaiyo Suisan Holdings agreed to buy salmon farmer Nordfjord Havbruk for 14.2 billion Norwegian crowns "
                "on Monday.", "b", published="2024-11-05T10:00")
    assert not findings(embedder, a, b, kind="contradiction")[0]


def test_done_with_a_thing_and_without_it(embedder):
    """Disaster: "operating with a valid licence" vs "without a valid licence" is a polarity contradiction; the same
    words after "without" in both are none."""
    a = article("The mine was operating with a valid licence when the blast killed 11 miners, the owner said.", "a",
                published="2025-01-14T09:00")
    b = article("The mine was operating without a valid licence when the blast killed 11 miners, the owner said.", "b",
                published="2025-01-14T10:00")
    (c,) = findings(embedder, a, b, kind="contradiction")[0]
    assert c.aspect == "polarity" and "without a valid licence" in c.summary
    b = article("The mine was operating with a valid licence when the blast killed 11 miners, the owner said.", "b",
                published="2025-01-14T10:00")
    assert not findings(embedder, a, b, kind="contradiction")[0]


def test_a_denial_against_officers_who_affirm_it(embedder):
    """Crime: a named spokesman's "not known to police before the attack" against "officers said he was known to
    police": one police force, two answers; "refused to recuse himself" denies what "would not recuse himself" does."""
    a = article("The suspect, a 24-year-old man, was detained on Friday, said Lukasz Dudek, a spokesman for the city "
                "police. He was not known to police before the attack, Dudek said.", "a", published="2025-05-10T09:00")
    b = article("The suspect, a 24-year-old man, was detained on Friday. Officers said he was known to police, having "
                "been convicted of assault in 2023.", "b", published="2025-05-10T10:00")
    assert [f.aspect for f in findings(embedder, a, b)[0] if f.kind in {"contradiction", "uncertain"}] == ["polarity"]
    a = article("Carlson on Tuesday said he would not recuse himself from the case.", "a")
    b = article("Service officials said Carlson refused to recuse himself from the case.", "b")
    assert not [f for f in findings(embedder, a, b)[0] if f.aspect == "polarity"]
    # a lawyer is no spokesman of the police: his client's denial against the police is a dispute, not one voice
    a = article("The driver was arrested on Friday. He was not drunk at the time of the crash, his lawyer Tom Reyes "
                "said.", "a", published="2025-05-10T09:00")
    b = article("The driver was arrested on Friday. Police said he was drunk at the time of the crash.", "b",
                published="2025-05-10T10:00")
    assert not [f for f in findings(embedder, a, b)[0] if f.aspect == "polarity" and f.kind == "contradiction"]


def test_one_distance_in_miles_and_in_kilometres(embedder):
    """"52km north-west of Los Angeles" and "32 miles northwest" are one distance; 90 miles and 250 kilometres
    are not."""
    a = article("In Chatsworth, 52km north-west of Los Angeles, residents of multimillion-dollar homes there were being "
                "told to begin gathering their belongings.", "a")
    b = article("In Chatsworth, 32 miles northwest of Los Angeles, residents of multimillion-dollar homes there were "
                "told to gather their belongings.", "b")
    assert not [f for f in findings(embedder, a, b)[0] if f.aspect == "number"]
    b = article("In Chatsworth, 90 miles northwest of Los Angeles, residents of multimillion-dollar homes there were "
                "told to gather their belongings.", "b")
    assert [f.aspect for f in findings(embedder, a, b)[0] if f.kind in {"contradiction", "uncertain"}] == ["number"]


def test_ledes_dated_weeks_apart_tell_two_shootings(embedder):
    """Crime: two broadcasters shot on two Wednesdays two weeks apart. The shell counts at each scene are no
    contradiction; with the ledes a day apart (one shooting misdated) the count is one."""
    a = article("A radio commentator was shot dead by two gunmen outside his home in Tagum City on Wednesday. Police "
                "recovered seven spent shells from a pistol at the scene.", "a", published="2025-09-04T09:00")
    b = article("A local broadcaster survived an ambush by two gunmen in Panabo City on Wednesday. Investigators "
                "recovered three empty shells from a pistol at the scene.", "b", published="2025-09-18T09:00")
    assert not findings(embedder, a, b, kind="contradiction")[0]
    b = article("A radio commentator was shot dead by two gunmen outside his home in Tagum City on Tuesday. "
                "Investigators recovered three empty shells from a pistol at the scene.", "b",
                published="2025-09-04T10:00")
    assert "number" in [f.aspect for f in findings(embedder, a, b, kind="contradiction")[0]]


def test_a_name_tagged_as_a_place_is_who_was_arrested(embedder):
    """Crime: "which arrested Ogunleye in 2021" (the tagger reads Ogunleye as a place) and "Akinwale ... was
    arrested in 2022" are two arrests of two people, no date contradiction."""
    a = article("The case was brought by the Economic and Financial Crimes Commission (EFCC), which arrested Ogunleye "
                "in 2021 after a tip-off from a bank compliance officer.", "a", published="2025-11-12T09:00")
    b = article("Akinwale, who had pleaded not guilty, was arrested by the Economic and Financial Crimes Commission "
                "(EFCC) in 2022.", "b", published="2025-11-28T09:00")
    assert not [f for f in findings(embedder, a, b)[0] if f.kind == "contradiction" and f.aspect == "date"]


def test_more_bodies_found_add_to_a_toll(embedder):
    """Disaster: "rescuers found four more bodies" adds to the toll; it is no count against "seven bodies"."""
    a = article("Rescuers recovered seven bodies from the river after the flash flood in Skoura, officials said.", "a",
                published="2025-03-16T09:00")
    b = article("Rescuers recovered four more bodies from the river after the flash flood in Skoura, officials said.",
                "b", published="2025-03-16T10:00")
    assert not [f for f in findings(embedder, a, b)[0] if f.aspect == "number" and f.kind != "single_source"]
    b = article("Rescuers recovered four bodies from the river after the flash flood in Skoura, officials said.",
                "b", published="2025-03-16T10:00")
    assert [f.aspect for f in findings(embedder, a, b, kind="contradiction")[0]] == ["number"]


def test_the_ledes_of_one_event_tie_their_articles_counterparts(embedder):
    """Politics: two articles whose ledes tell one vote; "The measure passed 17-13" and "Senators approved it 18-12"
    name nothing in common, yet in these articles they are one vote's tally said two ways."""
    a = article("The Oregon Senate on Tuesday passed a bill that would ban the sale of high-caffeine energy drinks to "
                "anyone under 18. The measure passed 17-13 after two hours of debate.", "a",
                published="2024-02-28T09:00")
    b = article("The Oregon Senate on Tuesday approved a bill banning the sale of high-caffeine energy drinks to people "
                "younger than 18. Senators voted 18-12 in favour after a long debate.", "b",
                published="2024-02-28T10:00")
    assert "number" in [f.aspect for f in findings(embedder, a, b, kind="contradiction")[0]]


def test_houses_and_homes_are_one_count(embedder):
    """Disaster: "destroying 37 houses" and "52 homes were destroyed" count one thing; "chief executive Markus
    Reindl" and "finance chief Markus Reindl" are two posts of one company."""
    a = article("The wildfire in the Menderes district of Izmir on Tuesday destroyed 37 houses, officials said.", "a",
                published="2024-08-14T09:00")
    b = article("The wildfire in the Menderes district of Izmir on Tuesday destroyed 52 homes, officials said.", "b",
                published="2024-08-14T10:00")
    assert [f.aspect for f in findings(embedder, a, b, kind="contradiction")[0]] == ["number"]
    a = article("The cuts will be completed in 2027, chief executive Markus Reindl said on Wednesday.", "a",
                published="2024-11-06T09:00")
    b = article("The cuts are due to be completed by March 2027, finance chief Markus Reindl said on Wednesday.", "b",
                published="2024-11-06T10:00")
    assert "role" in [f.aspect for f in findings(embedder, a, b, kind="contradiction")[0]]


def test_the_day_of_a_fire_told_after_the_injured(embedder):
    """Disaster: "killed and about 25 others injured when fire swept through ... on Tuesday afternoon" dates the
    deaths on Tuesday (October 7); "on the afternoon of October 6", two days before publication, is of that year:
    a date contradiction, not a guess."""
    a = article("Three workers were killed and about 25 others injured when fire swept through an electronics factory "
                "in Rayong province on Tuesday afternoon, officials said.", "a", published="2025-10-08T09:00")
    b = article("A fire at an electronics factory in eastern Thailand killed three workers and injured 27 on the "
                "afternoon of October 6, provincial authorities said.", "b", published="2025-10-08T10:00")
    assert "date" in [f.aspect for f in findings(embedder, a, b, kind="contradiction")[0]]


@pytest.mark.parametrize("text_a, text_b", [
    ("Most passengers left the ferry without help, the coastguard said.",
     "Several elderly passengers left the ferry with help, the coastguard said."),  # two groups
    ("Nurses worked without protective equipment in March, the union said.",
     "Nurses worked with protective equipment in June, the union said."),  # two times
    ("The talks ended without a deal on car tariffs on Friday, officials said.",
     "The talks ended with a deal on steel quotas on Friday, officials said."),  # two deals
])
def test_with_and_without_of_two_groups_or_times_is_no_conflict(embedder, text_a, text_b):
    a, b = article(text_a, "a", published="2025-07-01T09:00"), article(text_b, "b", published="2025-07-01T10:00")
    assert not [f for f in findings(embedder, a, b)[0] if f.aspect == "polarity"]


def test_a_refusal_of_something_else_denies_nothing(embedder):
    """Politics: "approved the budget after it failed to agree on cuts" still contradicts "did not approve the
    budget": the refusal is of the cuts, not of the approval."""
    a = article("The council did not approve the budget, a council spokesman said.", "a", published="2025-03-12T09:00")
    b = article("The council approved the budget after it failed to agree on cuts last month, a council spokesman said.",
                "b", published="2025-03-12T10:00")
    assert [f.aspect for f in findings(embedder, a, b, kind="contradiction")[0]] == ["polarity"]


@pytest.mark.parametrize("text_a, text_b", [
    ("The club extended the coach's contract by two more years on Friday.",
     "The club extended the coach's contract by three years on Friday."),  # a span of time, not an increment
    ("The reform raises pensions for 1.2 million retirees, and another 340,000 retirees will get a one-off payment.",
     "The reform raises pensions for 1.2 million retirees, and 430,000 retirees will get a one-off payment."),
    ("The earthquake destroyed 300 homes and damaged 200 more, officials said.",
     "The earthquake destroyed 300 homes and damaged 250 others, officials said."),  # one addition told two ways
    ("Rescuers recovered a further 12 bodies from the river on Tuesday, officials said.",
     "Rescuers recovered another 15 bodies from the river on Tuesday, officials said."),
])
def test_more_years_and_another_group_are_still_counts(embedder, text_a, text_b):
    a, b = article(text_a, "a", published="2025-03-12T09:00"), article(text_b, "b", published="2025-03-12T10:00")
    assert "number" in [f.aspect for f in findings(embedder, a, b)[0] if f.kind in {"contradiction", "uncertain"}]


def test_two_currencies_by_code_are_no_figure_in_common(embedder):
    """Business: "AUD 60 million" and "US$39 million" may be one sum converted; NOK and SEK are two crowns."""
    a = article("Harbour Mining agreed to buy the Perth lithium project for AUD 60 million on Monday.", "a",
                published="2025-03-11T09:00")
    b = article("Harbour Mining agreed to buy the Perth lithium project for US$39 million on Monday.", "b",
                published="2025-03-11T10:00")
    assert not findings(embedder, a, b, kind="contradiction")[0]
    a = article("Nordvik agreed to buy Fjellmat for NOK 2.1 billion on Monday.", "a", published="2025-03-11T09:00")
    b = article("Nordvik agreed to buy Fjellmat for SEK 2.4 billion on Monday.", "b", published="2025-03-11T10:00")
    assert not findings(embedder, a, b, kind="contradiction")[0]


def test_a_follow_up_days_later_keeps_the_event_s_figures(embedder):
    """Disaster: "rescuers on Thursday recovered the last body" three days after the landslide that buried a bus on
    Monday: a later step of one event, not another landslide; the bus's passengers said two ways contradict."""
    a = article("A landslide buried a bus on the Manali highway on Monday, killing 18 people. The bus was carrying 40 "
                "passengers, police said.", "a", published="2025-03-04T09:00")
    b = article("Rescuers on Thursday recovered the last body from the landslide on the Manali highway. The bus was "
                "carrying 32 passengers, police said.", "b", published="2025-03-07T09:00")
    assert [f.aspect for f in findings(embedder, a, b, kind="contradiction")[0]] == ["number"]


def test_two_statements_of_one_story_are_no_counterparts_by_their_ledes(embedder):
    """Crime: "Police said 11 people were taken to hospital" and "Eight people remained in hospital on Monday,
    doctors said" are two moments, not one count; the ledes of one shooting do not make them one."""
    a = article("A gunman opened fire at a market in Korsvik on Sunday, killing three people. Police said 11 people "
                "were taken to hospital.", "a", published="2025-03-10T18:00")
    b = article("Three people were killed when a gunman opened fire at a Korsvik market on Sunday. Eight people "
                "remained in hospital on Monday, doctors said.", "b", published="2025-03-10T18:00")
    assert not findings(embedder, a, b, kind="contradiction")[0]


def test_an_early_estimate_is_no_early_hour(embedder):
    """Disaster: "struck on Friday night, according to an early estimate" and "struck early on Saturday" are one night."""
    a = article("The earthquake struck on Friday night, according to an early estimate by the agency, killing 12 people.",
                "a", published="2024-06-10T09:00")
    b = article("The earthquake struck early on Saturday, killing 12 people, the agency said.", "b",
                published="2024-06-10T10:00")
    assert not [f for f in findings(embedder, a, b, kind="contradiction")[0] if f.aspect == "date"]
    # "an early test" is no early hour of the later day either: Saturday and Sunday stay two days
    a = article("The earthquake struck on Saturday, killing 12 people in Herat province.", "a",
                published="2024-06-10T09:00")
    b = article("The earthquake struck on Sunday, killing 12 people in Herat province, in an early test of the warning "
                "system.", "b", published="2024-06-10T10:00")
    assert [f.kind for f in findings(embedder, a, b)[0] if f.aspect == "date"] == ["contradiction"]


def test_one_post_of_two_companies_held_by_two_people_is_no_person_contradiction(embedder):
    """Business: "Acme's chief executive, Tom Reyes, and Bolt's chief executive, Dana Whitlock" and the same with
    the titles before the names: two companies, two chief executives."""
    a = article("Acme's chief executive, Tom Reyes, and Bolt's chief executive, Dana Whitlock, signed the merger on "
                "Monday.", "a", published="2024-06-10T09:00")
    b = article("Acme chief executive Tom Reyes and Bolt chief executive Dana Whitlock signed the merger on Monday.", "b",
                published="2024-06-10T10:00")
    assert not [f for f in findings(embedder, a, b)[0] if f.kind == "contradiction"]


def test_two_arrests_in_one_state_or_of_a_second_suspect_are_not_certainly_one():
    import importlib

    compare_stage = importlib.import_module("verifier.compare")
    assert compare_stage._a_place_in_common(_claim("The suspect was arrested in Fresno on Tuesday night."),
                                            _claim("The suspect was arrested in Fresno, California, on Monday night."))
    assert not compare_stage._a_place_in_common(_claim("A second suspect was arrested in Manchester on Tuesday night."),
                                                _claim("The first suspect was arrested in Manchester on Monday night."))
    assert not compare_stage._a_place_in_common(_claim("A 19-year-old man was arrested in Texas on Tuesday."),
                                                _claim("A woman was arrested in Texas on Monday."))


def test_unit_keys_of_currencies_and_plurals():
    from verifier.values import GENERIC_UNITS, quantity_unit

    for text, written in (("Shares closed at 167 rupees in Mumbai.", "167"), ("Shares closed at 12 francs in Zurich.", "12")):
        c = _claim(text)
        assert quantity_unit(c, _number(c, written)) in GENERIC_UNITS  # prices need the words around them
    a, b = _claim("The studio released 12 movies last year."), _claim("The studio released one movie last year.")
    assert quantity_unit(a, _number(a, "12")) == quantity_unit(b, _number(b, "one"))
    a = _claim("He was convicted of one count of attempted murder and two counts of possession of a firearm.")
    assert quantity_unit(a, _number(a, "one")) != quantity_unit(a, _number(a, "two"))  # two charges
    # who does a thing is not the thing: "two villagers" are not "five villages", "passengers" not "passes"
    for x, y in (("Two villagers were injured on Qeshm island.", "Homes in five villages were damaged on Qeshm island."),
                 ("Some 300 passengers were stranded at the airport.", "Some 300 passes were issued at the airport.")):
        a, b = _claim(x), _claim(y)
        num_a = next(v for v in a.values if v.kind == "number")
        num_b = next(v for v in b.values if v.kind == "number")
        assert quantity_unit(a, num_a) != quantity_unit(b, num_b)
    a, b = _claim("Rebels killed 12 soldiers at the base."), _claim("Rebels killed one soldier at the base.")
    assert quantity_unit(a, _number(a, "12")) == quantity_unit(b, _number(b, "one"))


def test_a_birthday_is_no_date_of_a_trade():
    """Two days of the year of two kinds of event in claims established as one (the article around them
    may do that): no certain date conflict; one kind of event on two days of the year is one."""
    import importlib
    from dataclasses import replace

    from verifier.align import Pair
    from verifier.entities import resolve

    compare_stage = importlib.import_module("verifier.compare")

    def date_certainty(x_text, y_text):
        a, b = _claim(x_text), _claim(y_text)
        b = replace(b, source="u", id="u:1")
        sources = {"t": article(x_text, "t"), "u": article(y_text, "u")}
        checked = compare_stage._conflicts(a, b, Pair(0, 1, 0.76, 0.81, "same event"), sources, resolve([a, b]))
        return [c.certainty for c in checked.conflicts if c.aspect == "date"]

    assert date_certainty("Hernandez, who turns 29 on April 11, has averaged 30 home runs in his six seasons.",
                          "Hernandez was acquired by the Angels in a July 29 deal with the Braves last season.") == [0.6]
    assert date_certainty("The board approved the merger on April 11, the company said.",
                          "The board approved the merger on July 29, the company said.") == [0.9]


def test_one_person_given_two_ages_in_two_stories_of_one_week_is_a_contradiction(embedder):
    """A person has one age at a time, whatever events the two sentences report."""
    a = article("Marie Dubois, 42, a nurse from Lille, opened the new clinic on Monday.\n\n"
                "The clinic will treat 300 patients a week.", "a", published="2024-05-14T09:00")
    b = article("Flooding closed three roads near Lille on Tuesday.\n\n"
                "The nurse Marie Dubois, 45, said the waiting lists had doubled since 2020.", "b", published="2024-05-16T09:00")
    ages = [f for f in findings(embedder, a, b, kind="contradiction")[0] if f.summary.startswith("Age of")]
    assert [(f.aspect, [e.value for e in f.evidence]) for f in ages] == [("number", ["42", "45"])]
    for e, src in zip(ages[0].evidence, (a, b)):
        assert src.text[e.start:e.end] == e.quote


def test_two_ages_years_apart_or_then_are_no_contradiction(embedder):
    a = article("Marie Dubois, 42, a nurse from Lille, opened the new clinic on Monday.", "a", published="2024-05-14T09:00")
    later = article("The nurse Marie Dubois, 45, said the waiting lists had doubled.", "b", published="2027-06-01T09:00")
    assert not [f for f in findings(embedder, a, later)[0] if f.summary.startswith("Age of")]
    then = article("In 2019 the then 37-year-old Marie Dubois opened her first clinic.", "b", published="2024-05-15T09:00")
    assert not [f for f in findings(embedder, a, then)[0] if f.summary.startswith("Age of")]


def test_the_age_of_one_named_climber_differs_in_one_fall(embedder):
    """Two reports of one fall, parsed as different kinds of event: the age of the one named man is still one age."""
    found = between(embedder, "On Saturday, 32-year-old Englishman Robert Buckley fell about 600 metres while climbing "
                              "to a small hut on Mount Sefton.",
                    "An ill-equipped climber, 31-year-old Robert Buckley of the U.K., slipped on ice and fell 700 metres "
                    "to his death on Mount Sefton.")
    assert ("number", ["32 years old", "31 years old"]) in [
        (f.aspect, [e.value for e in f.evidence]) for f in found if f.kind == "contradiction"]


def test_a_weekday_of_an_undated_article_and_a_dated_day_are_compared():
    """"On Saturday" in an undated article cannot be Thursday 10 November 2011 in a dated one; on a Thursday it can."""
    from verifier.claims import resolve_date
    from verifier.values import COMPATIBLE, DIFFERENT, date_relation

    thursday = resolve_date("Thursday", datetime(2011, 11, 11, 20, 9))
    assert date_relation(resolve_date("Saturday", None), thursday) == DIFFERENT
    assert date_relation(thursday, resolve_date("Thursday", None)) == COMPATIBLE


def test_an_undated_capture_on_another_weekday_is_not_a_certain_count(embedder):
    """Two navy captures of pirates: one article dated, its Thursday against the other's Saturday; the counts
    that differ may be of two captures, so no contradiction is certain."""
    a = article("The navy said it has captured 23 pirates who attacked a merchant vessel in the Gulf of Aden on Saturday.",
                "a")
    b = article("The navy patrolling the Gulf of Aden on Thursday thwarted an attack on merchant vessels, capturing "
                "26 pirates.", "b", published="2011-11-11T20:09")
    assert not findings(embedder, a, b, kind="contradiction")[0]


def test_a_verb_outside_the_event_inventory_dates_its_event(embedder):
    """"Published Tuesday" vs "published Monday" in one journal: a verb no event type lists still carries its day."""
    found = between(embedder,
                    "The statistical analysis was published Tuesday in Circulation, a journal of the American Heart "
                    "Association.",
                    "Their findings were published Monday in Circulation, the journal of the American Heart Association.")
    assert [(f.kind, f.aspect) for f in found if f.kind == "contradiction"] == [("contradiction", "date")]


def test_one_match_with_two_final_scores_is_a_number_contradiction(embedder):
    """The same two sides, two results: a contradiction; the numbers of a score are no counts of victories."""
    found = between(embedder,
                    "Leeds United beat Hull City 3-1 at Elland Road on Saturday, with two goals from Patrick Bamford.",
                    "Leeds United beat Hull City 2-1 at Elland Road on Saturday, with two goals from Patrick Bamford.")
    assert [(f.kind, f.aspect, [e.value for e in f.evidence]) for f in found if f.kind == "contradiction"] == [
        ("contradiction", "number", ["3-1", "2-1"])]


def test_one_side_in_two_matches_is_no_agreement(embedder):
    """The same club, the same seed, two seasons' results against two opponents: not one fact."""
    found = between(embedder,
                    "The Colts secured the No. 5 seed in the AFC playoffs with a 31-24 victory over the Jaguars.",
                    "The Colts secured the No. 5 seed in the AFC playoffs with a 20-13 win over the Chiefs.")
    assert not [f for f in found if f.kind in {"agreement", "contradiction"}]


def test_an_index_moves_in_points_written_or_not():
    """"The Nasdaq rose 13.70" and "gained 13.73 points": one unit, so one move said two ways."""
    from verifier.values import quantity_unit

    a = _claim("The Nasdaq composite index rose 13.70, or 0.8 percent, to 1700.34.")
    b = _claim("The Nasdaq Composite Index gained 13.73 points, or 0.81 percent, to finish at 1,700.34.")
    assert quantity_unit(a, _number(a, "13.70")) == quantity_unit(b, _number(b, "13.73")) == "point"
    assert quantity_unit(a, _number(a, "0.8")) == "percent"
    c = _claim("The company's sales rose 13.70 last year.")
    assert quantity_unit(c, _number(c, "13.70")) is None  # no index: no points


def test_a_precise_figure_alike_ties_two_weekdays_of_one_close(embedder):
    """"Closed on Monday at $12.47" vs "closed at $12.47 Friday": one close, told with two days; a round
    "$12" alike could be any day's close."""
    found = between(embedder, "Trading was halted yesterday; the shares closed on Monday at $12.47.",
                    "The exchange suspended trading yesterday in the stock, which closed at $12.47 Friday.")
    assert [(f.kind, f.aspect) for f in found if f.aspect == "date"] == [("contradiction", "date")]
    found = between(embedder, "Trading was halted yesterday; the shares closed on Monday at $12.",
                    "The exchange suspended trading yesterday in the stock, which closed at $12 Friday.")
    assert not [f for f in found if f.aspect == "date" and f.kind == "contradiction"]


def test_one_named_person_dies_once(embedder):
    """Two days of death of one named man are one death misdated, however differently the two sentences
    are worded; a different man's death on another day is none."""
    found = between(embedder, "Arvid Lindqvist, the conductor who led the Malmo orchestra for 30 years, died on Friday.",
                    "Lindqvist died Thursday in Lund after suffering from heart failure for several months, a family "
                    "friend said.")
    dates = [f for f in found if f.aspect == "date" and f.kind == "contradiction"]
    assert [f.summary.split(":")[0] for f in dates] == ["Date of the death"]
    found = between(embedder, "Arvid Lindqvist, the conductor who led the Malmo orchestra for 30 years, died on Friday.",
                    "Nils Berg died Thursday in Lund after suffering from heart failure for several months, a family "
                    "friend said.")
    assert not [f for f in found if f.kind == "contradiction"]


def test_two_people_arrested_are_two_arrests(embedder):
    """The same police force, two named people arrested on two days: two arrests, no date contradiction."""
    a = article("Jackson was arrested on the drink-driving charge early Tuesday morning by the California Highway "
                "Patrol.", "a")
    b = article("Defensive lineman Jamal Williams was arrested early Sunday on suspicion of drink-driving, the California "
                "Highway Patrol said.", "b", published="2009-02-01T18:00")
    assert not findings(embedder, a, b, kind="contradiction")[0]


def test_a_count_of_an_event_said_to_recur_is_not_certain(embedder):
    """"In the fifth anti-piracy operation since September": another capture may be another operation."""
    found = between(embedder, "The navy captured 23 pirates who threatened a merchant vessel in the Gulf of Aden.",
                    "The navy patrolling the Gulf of Aden thwarted an attack on merchant vessels, capturing 26 pirates "
                    "in the fifth successful anti-piracy operation since September.")
    assert not [f for f in found if f.kind == "contradiction"]
    found = between(embedder, "The navy captured 23 pirates who threatened a merchant vessel in the Gulf of Aden.",
                    "The navy patrolling the Gulf of Aden thwarted an attack on merchant vessels, capturing 26 pirates.")
    assert [(f.kind, f.aspect) for f in found if f.kind == "contradiction"] == [("contradiction", "number")]


def test_a_part_of_a_count_and_a_count_since_a_date():
    """"28 of 41 passes" and "28 passes" count one thing; "three times since October" is part of "four times"."""
    from verifier.values import number_certainty, quantity_unit

    a = _claim("Garrard completed 28 passes for 329 yards.")
    b = _claim("Garrard completed 28 of 41 passes for 329 yards.")
    assert quantity_unit(a, _number(a, "28")) == quantity_unit(b, _number(b, "28")) == quantity_unit(b, _number(b, "41"))
    a = _claim("Gray had previously been arrested four times on charges of grand larceny.")
    b = _claim("Gray had been arrested three times since October on charges of grand larceny.")
    assert number_certainty(a, _number(a, "four"), b, _number(b, "three")) < 0.9
    c = _claim("Gray had been arrested three times on charges of grand larceny.")
    assert number_certainty(a, _number(a, "four"), c, _number(c, "three")) == 1.0


def test_a_count_of_two_kinds_together_is_not_one_of_them():
    """"Some 420 passengers and crew" counts more than "246 passengers": not one figure said two ways."""
    from verifier.values import number_certainty

    a = _claim("The cruise line evacuated some 420 passengers and crew from the ship.")
    b = _claim("The cruise line flew its 246 passengers over the gulf.")
    c = _claim("The cruise line evacuated some 300 passengers from the ship.")
    assert number_certainty(a, _number(a, "420"), b, _number(b, "246")) < 0.9
    assert number_certainty(c, _number(c, "300"), b, _number(b, "246")) == 1.0


def test_scores_at_a_sentence_end_and_scores_along_the_way():
    """"Beat Hull 3-1." is a result; "won the first set 6-3" and "lead 2-0 at half-time" are not; "lost
    20-30 pounds" is a span."""
    from verifier.values import figures, match_scores

    def read(text):
        c = _claim(text)
        return [(m.text, m.final) for m in match_scores(c)], [v.text for v in figures(c)]

    assert read("Arsenal beat Hull 3-1.") == ([("3-1", True)], [])
    assert read("The Senate voted 52-48, largely along party lines.") == ([("52-48", True)], [])
    assert read("The New England Patriots beat the New York Jets 31-24 on Sunday.")[0] == [("31-24", True)]
    assert read("Rafael Nadal won the first set 6-3 against Roger Federer.") == ([("6-3", False)], [])
    assert read("Arsenal scored twice to lead Hull 2-0 at half-time.")[0] == [("2-0", False)]
    assert read("He lost 20-30 pounds before the fight.")[0] == []


def test_records_leads_and_shooting_lines_are_no_counts():
    """A running record in brackets, a lead or score with no word of winning, "1-for-8" are two figures made one,
    never a count of what follows; a span low to high and a name with a number stay as they were."""
    from verifier.values import figures

    def read(text):
        return [v.text for v in figures(_claim(text))]

    assert read("The Colts (11-4) clinched a playoff berth while the Jaguars (5-10) fell.") == []
    assert read("In the end, the Colts held on to their 20-13 lead.") == []
    assert read("The Colts, trailing 14-0 in the second quarter, scored 17 unanswered points.") == ["17"]
    assert read("He went 1-for-8 from the floor and made 3-of-4 free throws.") == []
    assert read("Between 10-15 people were hurt in the blast.") == ["10"]
    assert "12" in read("The rebels seized 12 AK-47 rifles.")
    assert read("McDermott set the record on a free throw with 4:43 left in the first half.") == []
    assert read("The center converted a three-point play and hit two 3-pointers from 3-point range.") == ["two"]
    assert read("He scored 3 points.") == ["3"]
    assert read("Rutgers (4-11 overall) lost to Purdue despite 5 blocks.") == ["5"]


def test_a_points_move_is_an_index_s_own():
    """The index moving is its subject; a share price or a moving average is no index move."""
    from verifier.values import quantity_unit

    c = _claim("Apple shares rose 3.20 on Tuesday, leading the Nasdaq index higher.")
    assert quantity_unit(c, _number(c, "3.20")) != "point"
    c = _claim("Initial jobless claims fell 12,000 last week, below the four-week moving average.")
    assert quantity_unit(c, _number(c, "12,000")) != "point"


def test_an_age_a_birthday_apart_within_a_month_is_for_a_person_and_a_bare_surname_is_no_one(embedder):
    a = article("Marie Dubois, 42, was arrested in Lyon on Monday.", "a", published="2024-11-01T09:00")
    b = article("Marie Dubois, 43, spoke to reporters in Paris on Friday.", "b", published="2024-11-20T09:00")
    ages = [f for f in findings(embedder, a, b)[0] if f.summary.startswith("Age of")]
    assert [f.kind for f in ages] == ["uncertain"]
    a = article("John Smith, 45, was charged with murder on Monday.", "a", published="2024-11-01T09:00")
    b = article("Mrs. Smith, 43, told reporters on Tuesday that her husband was innocent.", "b",
                published="2024-11-02T09:00")
    assert not [f for f in findings(embedder, a, b)[0] if f.summary.startswith("Age of")]


def test_late_friday_and_early_saturday_of_a_dated_article_are_one_night(embedder):
    a = article("The plane crashed late Friday near Lyon, killing 12 people, officials said.", "a")
    b = article("The plane crashed early Saturday near Lyon, killing 12 people, officials said.", "b",
                published="2011-11-13T10:00")
    assert not [f for f in findings(embedder, a, b, kind="contradiction")[0] if f.aspect == "date"]


def test_early_saturday_and_early_sunday_are_a_day_apart(embedder):
    a = article("The plane crashed early on Saturday near Lyon, killing 12 people, officials said.", "a",
                published="2011-11-14T10:00")
    b = article("The plane crashed early on Sunday near Lyon, killing 12 people, officials said.", "b",
                published="2011-11-14T10:00")
    dates = [f for f in findings(embedder, a, b)[0] if f.aspect == "date"]
    assert [f.kind for f in dates] == ["contradiction"]


def test_the_date_of_what_a_statement_reports_is_its_event_date(embedder):
    """Transport: "a tram derailed ... on Thursday evening, emergency services said" vs "crashed ... on Friday
    evening" is one derailment on two days; the day of a saying ("police said on Friday") is not the event's."""
    a = article("Nine people were taken to hospital after a tram derailed and slammed into a power pole in Fitzroy North "
                "on Thursday evening, emergency services said.", "a", published="2024-09-20T08:00")
    b = article("A packed tram jumped the tracks and crashed into a power pole in Fitzroy North on Wednesday evening, "
                "leaving nine people needing hospital treatment.", "b", published="2024-09-20T09:00")
    assert [(f.kind, f.aspect) for f in findings(embedder, a, b)[0] if f.aspect == "date"] == [("contradiction", "date")]
    a = article("Nine people were taken to hospital after a tram derailed and slammed into a power pole in Fitzroy North, "
                "emergency services said on Thursday evening.", "a", published="2024-09-20T08:00")
    assert not [f for f in findings(embedder, a, b, kind="contradiction")[0] if f.aspect == "date"]
    # a date in a clause about another thing ("a shooting that occurred Monday") is not what the statement reports
    import importlib

    from verifier.values import event_date

    compare_stage = importlib.import_module("verifier.compare")
    told = _claim("Ortiz was searching for Orozco because he was a suspect in a shooting that occurred in the "
                  "neighborhood Monday, said Sheriff's Capt. Ray Peavy.")
    assert told.predicate == "statement" and not compare_stage._attached(told, event_date(told))
    told = _claim("A tram derailed and slammed into a power pole in Fitzroy North on Thursday evening, emergency "
                  "services said.")  # the derailment reported, its date its own
    assert told.predicate == "disaster" and compare_stage._attached(told, event_date(told))



def test_the_saying_s_date_gives_way_to_the_date_of_what_was_said():
    """"told parliament on Tuesday that the dam wall cracked on Sunday": Sunday is the event's, even when the parse
    attaches Tuesday to "told"; Tuesday is still the saying's, by which two sayings are two occasions."""
    from verifier.values import event_date, saying_date

    told = _claim("The water minister told parliament on Tuesday that the Kariba dam wall cracked on Sunday.")
    assert (event_date(told).text, saying_date(told).text) == ("Sunday", "Tuesday")
    said = _claim("Officials said on Monday that the road had reopened.")
    assert event_date(said).text == "Monday" and saying_date(said).text == "Monday"

def test_two_people_arrested_on_one_day_are_no_agreement(embedder):
    found = between(embedder, "Police said Jackson was arrested early Tuesday in Atlanta.",
                    "Police said Jamal Williams was arrested early Tuesday in Atlanta.")
    assert not [f for f in found if f.kind in {"agreement", "contradiction"}]


def test_two_titled_men_of_one_surname_are_two_deaths():
    import importlib

    compare_stage = importlib.import_module("verifier.compare")
    a = _claim("Senator Kennedy died on Tuesday at his home in Hyannis Port.")
    b = _claim("President Kennedy died on Friday in Dallas, his brother recalled.")
    assert not compare_stage._one_death(a, b)
    assert compare_stage._one_death(_claim("Mark Felt, the FBI informant, died on Friday."),
                                    _claim("Felt died Thursday in Santa Rosa after a long illness."))


def test_two_people_fired_are_two_firings_though_one_names_the_other_as_successor():
    """"The Sixers fired Jim O'Brien ... and replaced him with Cheeks" names Cheeks, but not as the one
    fired: that firing and "Maurice Cheeks was fired Saturday" are two events."""
    from verifier.claims import extract_all
    from verifier.compare import _two_patients
    from verifier.entities import resolve

    a = article("Maurice Cheeks was fired Saturday as coach of the Philadelphia 76ers.", "a")
    b = article("The Sixers fired Jim O'Brien on Monday and replaced him with Cheeks on Tuesday.", "b")
    claims = extract_all([a, b])
    fired = [c for c in claims if c.frame is not None and c.frame.lemma == "fire"]
    assert len(fired) == 2 and _two_patients(fired[0], fired[1], resolve(claims))


def test_a_unit_written_on_one_side_counts_for_both_when_the_words_before_are_one():
    short = "He came in needing 11 points to break the school scoring record of 2,106."
    assert _certainty(short, "2,106", "The guard broke the school scoring record of 2,116 points with a free throw.",
                      "2,116") == 1.0
    # a doer and a verb before both figures are no unit: points and rebounds
    assert _certainty("Pau Gasol added 24 as the Lakers beat Boston on Sunday.", "24",
                      "Pau Gasol added 21 rebounds as the Lakers beat Boston on Sunday.", "21") < 0.9
    # "a total of" names no measure: 24 what?
    assert _certainty("Pau Gasol finished with a total of 24 as the Lakers beat Boston on Sunday.", "24",
                      "Pau Gasol finished with a total of 21 rebounds as the Lakers beat Boston on Sunday.", "21") < 0.9
    # no unit on either side stays unsure
    assert _certainty(short, "2,106", "The guard broke the school scoring record of 2,116.", "2,116") < 0.9


def test_one_person_given_two_chief_officer_posts_is_a_role_contradiction(embedder):
    """Business: one outlet calls her the chief executive, the other the chief financial officer."""
    a = article("Chief Executive Margaret Holloway announced 1,200 job cuts on a call with analysts on Wednesday.",
                "a", published="2024-11-13T15:00")
    b = article("Chief Financial Officer Margaret Holloway outlined the restructuring on a call with analysts.",
                "b", published="2024-11-13T16:00")
    found, _ = findings(embedder, a, b)
    (c,) = [f for f in found if f.kind == "contradiction"]
    assert c.aspect == "role" and [e.value for e in c.evidence] == ["Chief Executive", "Chief Financial Officer"]
    assert not [f for f in found if f.kind == "agreement"]  # the two claims are no fact they agree on
    for e, src in zip(c.evidence, (a, b)):
        assert src.text[e.start:e.end] == e.quote


def test_a_deputy_is_not_the_post_itself(embedder):
    a = article("Foreign Minister Amina Diallo arrived in Dakar on Monday for talks.", "a", published="2025-02-03T10:00")
    b = article("Deputy Foreign Minister Amina Diallo arrived in Dakar on Monday for talks.", "b",
                published="2025-02-03T11:00")
    assert [(f.kind, f.aspect) for f in findings(embedder, a, b)[0] if f.aspect == "role"] == [("contradiction", "role")]


def test_posts_that_can_be_held_together_or_at_two_times_are_no_role_contradiction(embedder):
    def roles(a, b):
        return [f for f in findings(embedder, a, b)[0] if f.aspect == "role"]

    # a post and its bare head: the same post said less precisely
    assert not roles(article("Foreign Minister Amina Diallo arrived in Dakar on Monday.", "a", published="2025-02-03T10:00"),
                     article("Minister Amina Diallo arrived in Dakar on Monday.", "b", published="2025-02-03T11:00"))
    # an outlet that gives both posts: she holds both
    assert not roles(article("Chief Executive Dana Whitfield opened the meeting. Chief Operating Officer Dana Whitfield, "
                             "who holds both posts, answered questions.", "a", published="2025-02-03T10:00"),
                     article("Chief Operating Officer Dana Whitfield spoke to analysts.", "b", published="2025-02-03T11:00"))
    # two years apart: a promotion, not a contradiction
    assert not roles(article("Chief Financial Officer Dana Whitfield presented the results.", "a",
                             published="2023-02-03T10:00"),
                     article("Chief Executive Dana Whitfield presented the results.", "b", published="2025-02-03T10:00"))
    # posts one person holds several of at once, or said shorter, or spelled two ways, or of two companies
    for x, y in (("Government spokesman", "Party spokesman"), ("Deputy Prime Minister", "Foreign Minister"),
                 ("Executive Vice President", "Vice President"), ("First Deputy Prime Minister", "Deputy Prime Minister"),
                 ("Defence Minister", "Defense Minister"), ("Acme's Chief Executive", "Bolt's Chief Financial Officer"),
                 ("Chairman", "Chief Executive")):
        assert not roles(article(f"{x} Eli Navon said the talks would resume on Monday.", "a", published="2025-02-03T10:00"),
                         article(f"{y} Eli Navon said the talks would resume on Monday.", "b", published="2025-02-03T10:00")), (x, y)


def test_two_ministries_for_one_person_are_a_role_finding_and_a_ministry_said_shorter_is_not(embedder):
    """Politics: "Deputy Minister for Roads and Highways" vs "Deputy Minister of Energy", one resignation."""
    a = article("Deputy Minister for Roads and Highways, Kwabena Asante-Mensah, resigned on Monday, the presidency said.",
                "a", published="2024-11-05T10:00")
    b = article("Deputy Minister of Energy Kwabena Asante-Mensah resigned on Monday, the presidency said.", "b",
                published="2024-11-05T12:00")
    # two ministries may be one named two ways ("Youth and Sports" as either): for a person to judge
    assert [(f.kind, f.aspect) for f in findings(embedder, a, b)[0] if f.aspect == "role"] == [("uncertain", "role")]
    for x, y in (("Minister of Sport", "Minister of Sports"), ("Minister of Mines", "Minister of Mining"),
                 ("Oil Minister", "Minister of Petroleum")):  # one ministry spelled two ways: nothing to judge
        assert not [f for f in findings(embedder, article(f"{x} Samuel Abu said the talks would resume on Monday.", "a",
                                                          published="2025-02-03T10:00"),
                                        article(f"{y} Samuel Abu said the talks would resume on Monday.", "b",
                                                published="2025-02-03T11:00"))[0] if f.aspect == "role"], (x, y)
    import importlib

    compare_stage = importlib.import_module("verifier.compare")
    assert compare_stage._rival_posts("foreign affairs minister", "home affairs minister")
    assert not compare_stage._rival_posts("foreign affairs minister", "foreign minister")
    assert not compare_stage._rival_posts("deputy prime minister", "energy minister")
    assert compare_stage._rival_posts("deputy energy minister", "deputy roads highways minister")


def test_an_undated_claim_of_an_article_a_year_after_a_dated_one_is_not_certain_of_one_event(embedder):
    """Two wildfires a year apart: "1,100 residents" on a Tuesday of July 2023 and "2,400 residents" in an article
    of August 2024 are no contradiction, however alike the claims."""
    a = article("A wildfire in the mountains of Kern County grew to 12,400 acres by Tuesday, forcing about 1,100  "
                "residents from their homes, fire officials said.\n\n"
                "The Sawtooth Ridge Fire broke out on Sunday afternoon east of Lake Isabella and was 15%  "
                "contained, according to Cal Fire, the state's forestry and fire protection agency. More than  "
                "900 firefighters were assigned to the blaze.\n\n"
                "Two firefighters were treated for heat-related illness on Monday as temperatures climbed above  "
                "105 degrees, Cal Fire spokesman Daniel Ortega said. No structures had been destroyed, he said.\n\n"
                "Evacuation orders remained in place for several communities along State Route 178. The cause of  "
                "the fire is under investigation.\n\n"
                "California's largest wildfire on record, the August Complex in 2020, burned more than 1 million  "
                "acres.", "a", published="2023-07-18T18:00")
    b = article("A wildfire west of Redding in Shasta County had burned 8,900 acres and destroyed three homes by  "
                "Monday, fire officials said.\n\n"
                "The Hollister Gulch Fire started on Saturday evening and was 30% contained, according to Cal  "
                "Fire, the state's forestry and fire protection agency. About 2,400 residents were under  "
                "evacuation orders, said Cal Fire spokeswoman Kristen Alvarez.\n\n"
                "Gusty afternoon winds pushed the fire across a ridge on Sunday, where it burned the three homes  "
                "and several outbuildings, Alvarez said. About 1,300 firefighters were working the fire,  "
                "supported by helicopters and air tankers.\n\n"
                "No injuries have been reported. Investigators have not determined what started the blaze.\n\n"
                "California's largest wildfire on record, the August Complex in 2020, burned more than 1 million  "
                "acres.", "b", published="2024-08-05T09:00")
    assert findings(embedder, a, b, kind="contradiction")[0] == []


def test_an_affirmed_report_against_a_denied_one_is_a_polarity_contradiction(embedder):
    """A hedge ("reportedly") is not who did it: the same words denied and affirmed."""
    found = between(embedder, "Police said the men were not seen together at the airport.",
                    "The men reportedly were seen together at the airport, police said.")
    assert [(f.kind, f.aspect) for f in found if f.aspect == "polarity"] == [("contradiction", "polarity")]


def test_the_day_of_another_step_beside_a_date_in_dispute_keeps_the_contradiction(embedder):
    """Crime: "arrested on Friday, three days after the shooting on Tuesday" vs "arrested on Tuesday": that one
    outlet also names the other's day (of another step) is how an outlet mixes up two steps' days."""
    a = article("The suspect was arrested on Friday, three days after the shooting on Tuesday.", "a",
                published="2024-05-04T09:00")
    b = article("The suspect was arrested on Tuesday.", "b", published="2024-05-04T10:00")
    assert [(f.kind, f.aspect) for f in findings(embedder, a, b)[0] if f.kind != "single_source"] == [
        ("contradiction", "date")]


def test_a_dated_claim_and_an_undated_one_of_articles_of_one_day_stay_one_event(embedder):
    """Disaster: both articles of one day, one dates the quake: "412" vs "380" killed stays a contradiction."""
    a = article("The earthquake that struck on March 3 killed 412 people, officials said.", "a",
                published="2024-04-10T09:00")
    b = article("The earthquake killed 380 people, officials said.", "b", published="2024-04-10T10:00")
    assert [(f.kind, f.aspect) for f in findings(embedder, a, b, kind="contradiction")[0]] == [("contradiction", "number")]


def test_two_other_cities_beside_one_in_common_are_no_place_finding(embedder):
    a = article("Storm Ciara caused flooding in London and Manchester on Sunday.", "a", published="2024-02-12T09:00")
    b = article("Storm Ciara caused flooding in London and Leeds on Sunday.", "b", published="2024-02-12T10:00")
    assert not [f for f in findings(embedder, a, b)[0] if f.aspect == "place" and f.kind != "single_source"]


def test_two_scorers_of_one_winner_are_no_agreement(embedder):
    """Sport: the outlets give the winner to two players; whatever else they share, they do not agree."""
    a = article("Spokane Timberline FC beat Boise Summit SC 2-1 on Saturday night, with Jonas Whitfield heading home "
                "the winner in stoppage time.", "a", published="2024-06-09T08:00")
    b = article("Spokane Timberline FC beat Boise Summit SC 2-1 on Saturday night on a goal by Mateo Arriaga in "
                "stoppage time.", "b", published="2024-06-09T09:00")
    assert findings(embedder, a, b, kind="agreement")[0] == []


def test_a_vote_tally_said_two_ways_without_the_sides_is_for_a_person_to_judge(embedder):
    """Politics: "passed 17-13" vs "approved the measure 18-12", nobody named: not dropped, not an agreement; in
    two articles whose ledes tell one vote (the Oregon Senate's, on Tuesday, of one bill) it is a contradiction."""
    a = article("The bill passed 17-13, largely along party lines.", "a", published="2024-02-28T08:00")
    b = article("Senators approved the measure 18-12 in a vote that split largely along party lines.", "b",
                published="2024-02-28T09:00")
    found, _ = findings(embedder, a, b)
    assert [(f.kind, [e.value for e in f.evidence]) for f in found if f.aspect == "number"] == [
        ("uncertain", ["17-13", "18-12"])]
    a = article("The Oregon Senate on Tuesday passed a bill banning energy drink sales to children under 16. "
                "The bill passed 17-13, largely along party lines.", "a", published="2024-02-28T08:00")
    b = article("A bill banning energy drink sales to children under 16 cleared the Oregon Senate on Tuesday. "
                "Senators approved the measure 18-12 in a vote that split largely along party lines.", "b",
                published="2024-02-28T09:00")
    found, _ = findings(embedder, a, b)
    assert [(f.kind, [e.value for e in f.evidence]) for f in found if f.aspect == "number"] == [
        ("contradiction", ["17-13", "18-12"])]


def test_a_headline_score_against_another_games_score_is_no_contradiction(embedder):
    """Sport: the opponent only as a city abbreviation ("in K.C."): two games as likely as one, never certain."""
    found = between(embedder, "Colts clinch playoff berth with 20-13 win in K.C.",
                    "The visiting Colts secured the No. 5 seed in the AFC playoffs with a 31-24 victory over the Jaguars "
                    "on Thursday night.")
    assert not [f for f in found if f.kind in {"contradiction", "agreement"}]


def test_a_refusal_is_no_polarity_conflict_with_another_persons_supposed_deed():
    """ECB+ development topic 10 (established as one event amid the topic's articles): "failing to sign CC
    Sabathia" is no denial of "If Teixeira signs with the Red Sox": another player, and a signing only supposed."""
    import importlib
    from dataclasses import replace

    from verifier.align import Pair
    from verifier.entities import resolve

    compare_stage = importlib.import_module("verifier.compare")
    x_text = ("If Teixeira signs with the Red Sox, they would move All-Star Kevin Youkilis from first to third base while "
              "looking to trade third baseman Mike Lowell, the 2007 World Series MVP.")
    y_text = ("After letting Francisco Rodriguez leave to join the New York Mets and failing to sign CC Sabathia, the "
              "Angels find themselves with some money laying around, and they've decided to spend it on Mark Teixeira.")
    a, b = _claim(x_text), replace(_claim(y_text), source="u", id="u:1")
    sources = {"t": article(x_text, "t"), "u": article(y_text, "u")}
    checked = compare_stage._conflicts(a, b, Pair(0, 1, 0.76, 0.63, "same event"), sources, resolve([a, b]))
    assert not [c for c in checked.conflicts if c.aspect == "polarity"]


@pytest.mark.parametrize("sentence, figure, unit", [
    ("A fire at a garment factory claimed the lives of 17 workers, officials said.", "17", "dead"),
    ("The death toll from floods in the southern Nsanje district rose to 31 on Thursday.", "31", "dead"),
    ("Two police officers were fatally wounded in the ambush.", "Two", "dead"),
    ("The minister was unhurt, but two bodyguards were slightly injured, his office said.", "two", "slightly injured"),
    ("Police said three people were seriously injured in the shooting.", "three", "seriously injured"),
    ("The roof collapse left seven shoppers hurt.", "seven", "injured"),
    ("Suspected food poisoning at a wedding sent 12 people to hospital on Sunday.", "12", "hospitalised"),
    ("More than 40 wedding guests were hospitalised after the banquet.", "40", "hospitalised"),
    ("Three people were taken to hospital with injuries.", "Three", "hospitalised"),
    ("The storm killed 300 sheep on the moor.", "300", "sheep"),
    ("Four of the minister's bodyguards were wounded in the attack.", "Four", "injured"),
    ("Twelve of the 40 passengers were injured.", "Twelve", "injured"),
    ("A mother of 12 was killed in the crash.", "12", "mother of"),
    ("The bank was hit with a 2.4 million euro penalty on Tuesday.", "2.4 million", "euros"),
])
def test_a_casualty_count_is_read_however_it_is_written(sentence, figure, unit):
    """Disasters and crime: the dead, the injured (and how badly) and those taken to hospital are three counts;
    each is compared with its own kind only ("three seriously injured" is no contradiction of "12 injured")."""
    from verifier.values import quantity_unit

    c = _claim(sentence)
    assert quantity_unit(c, _number(c, figure)) == unit


@pytest.mark.parametrize("sentence, place", [
    ("A magnitude 6.1 earthquake struck Izmir on Tuesday, damaging at least 40 buildings.", "Izmir"),
    ("Floods hit Valencia on Monday after torrential rain.", "Valencia"),
    ("A strike shut the port of Antwerp on Monday.", "Antwerp"),
    ("A fire gutted a textile factory in Dhaka's Mirpur district on Sunday.", "Dhaka"),
    ("A bus carrying football fans crashed near Seville on Sunday, injuring nine people.", "Seville"),
])
def test_the_place_of_an_event_is_read_from_its_verb_and_its_district(sentence, place):
    """"struck X", "hit X", "shut the port of X", "X's Mirpur district", "near Seville" (Sevilla to geonames): the
    event's place, so that two quakes or two fires in two cities are told apart."""
    from verifier.values import event_places

    c = _claim(sentence)
    assert place in [v.norm for v in event_places(c, c.text)]


@pytest.mark.parametrize("sentence, not_a_place", [
    ("Kenya's president Daniel Moi met the envoy on Monday.", "Kenya"),
    ("Police said he was attacked by four men in balaclavas.", "balaclavas"),
])
def test_a_place_that_only_qualifies_is_no_event_place(sentence, not_a_place):
    from verifier.values import event_places

    c = _claim(sentence)
    assert not_a_place not in [v.norm for v in event_places(c, c.text)]


def test_a_toll_of_several_kinds_of_people_counts_each_kind_dead():
    """"two women and one man died": both figures count the dead, the first as much as the second."""
    from verifier.values import quantity_unit

    c = _claim("Police said two women and one man died in the fire at the bank.")
    assert [quantity_unit(c, _number(c, w)) for w in ("two", "one")] == ["dead", "dead"]


def test_a_tally_in_words_is_one_score():
    from verifier.values import figures, match_scores

    for text, sides in (("The Sejm passed the law by 214 votes to 180 on Friday.", (214, 180)),
                        ("The bill passed with 241 lawmakers voting in favour and 180 against.", (241, 180)),
                        ("The motion was carried with 120 for and 95 against.", (120, 95))):
        c = _claim(text)
        assert [m.sides for m in match_scores(c)] == [sides] and not figures(c)


def test_the_whole_a_casualty_count_is_taken_from_is_no_casualty_count():
    """"Twelve of the 40 passengers were injured": 40 is how many were aboard; "all of the 40" were injured."""
    from verifier.values import casualty_of, quantity_unit

    c = _claim("Twelve of the 40 passengers were injured.")
    assert quantity_unit(c, _number(c, "40")) != "injured" and casualty_of(c, _number(c, "40")) is None
    c = _claim("All of the 40 passengers were injured.")
    assert quantity_unit(c, _number(c, "40")) == "injured"


def test_what_is_no_tally_in_words():
    """A review of the tally rule: thousands separators, percentages, a change "from 150 votes to 200", goals."""
    from verifier.values import match_scores

    for text in ("She won the seat by 12,400 votes to 9,800 on Thursday.",
                 "In the poll, 52 percent of voters were in favour of the plan and 48 percent against.",
                 "Turnout in the vote rose from 150 votes to 200.",
                 "Arsenal have 45 goals for and 30 against this season."):
        assert not match_scores(_claim(text)), text


def test_one_of_a_toll_and_a_month_before_a_company():
    from verifier.values import quantity_unit

    c = _claim("He was one of 12 people killed in the attack on the market on Sunday.")
    assert quantity_unit(c, _number(c, "12")) == "dead"
    c = _claim("By June Nvidia shares had doubled, analysts said.")
    assert not [v for v in c.values if v.kind in {"person", "organisation"} and v.text.startswith("June")]


def test_a_year_beside_each_of_several_figures_tells_which_is_which():
    """"bought ... in 1995 for $693 million and sold it ... for $1.8 billion in 1998" against "selling the chain ...
    in 1998 for $2.5 billion": the 1998 sale's figure is the one to compare, so the dispute is certain."""
    from verifier.values import matched_quantities, number_certainty

    a = _claim("Yucaipa owned Dominick's before selling the chain to Safeway in 1998 for $2.5 billion.")
    b = _claim("Yucaipa bought Dominick's in 1995 for $693 million and sold it to Safeway for $1.8 billion in 1998.")
    _equal, differing = matched_quantities(a, b)
    sale = [(x, y) for x, y in differing if x.text == "2.5 billion"]
    assert sale and sale[0][1].text == "1.8 billion"
    assert number_certainty(a, sale[0][0], b, sale[0][1], close=True) == 1.0


def test_the_closest_claim_is_the_likeliest_and_among_equally_likely_the_nearest_in_meaning():
    from verifier.align import Pair
    from verifier.claims import extract_all
    from verifier.compare import CLOSEST_MARGIN, _closest

    claims = extract_all([article("Tipene won by 1,842 votes.", "a"),
                          article("Doyle conceded on Sunday. The margin was 842 votes. Turnout was 61 per cent.", "b")])
    assert [c.source for c in claims] == ["a", "b", "b", "b"]
    one, conceded, margin, turnout = range(4)
    near = [Pair(one, conceded, 0.908, 0.53, "same event"), Pair(one, margin, 0.908 - CLOSEST_MARGIN / 2, 0.78, "same event")]
    assert _closest(claims, near)[(one, "b")] == margin  # about equally likely: the nearest in meaning
    apart = [Pair(one, conceded, 0.95, 0.53, "same event"), Pair(one, margin, 0.95 - 2 * CLOSEST_MARGIN, 0.78, "same event"),
             Pair(one, turnout, 0.5, 0.9, "likely")]
    assert _closest(claims, apart)[(one, "b")] == conceded  # clearly likelier: the likelier
    assert _closest(claims, apart)[(turnout, "a")] == one
    from verifier.align import thresholds

    likely, established = thresholds()
    for bar in (likely, established):  # never across a bar the likeliest clears
        across = [Pair(one, conceded, bar + CLOSEST_MARGIN / 2, 0.53, "likely"),
                  Pair(one, margin, bar - CLOSEST_MARGIN / 4, 0.8, "likely")]
        assert _closest(claims, across)[(one, "b")] == conceded
