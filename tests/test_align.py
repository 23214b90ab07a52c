"""Stage 4: which claims of different outlets are paired."""

from __future__ import annotations

import numpy as np

from verifier.align import FEATURES, align, mask_figures, pair_features, parts
from verifier.claims import extract_all
from verifier.entities import resolve

from .conftest import article


def aligned(embedder, *sources):
    claims = extract_all(sources)
    pairs = align(claims, resolve(claims), embedder, {s.id: s.text for s in sources})
    return [(claims[p.a].text, claims[p.b].text, p.basis) for p in pairs]


def test_paraphrase_across_outlets_is_aligned(embedder):
    a = article("On March 19, Iran and Iraq signed a security agreement aimed at protecting their shared border.", "a")
    b = article("On March 19, 2023, Iran and Iraq signed a security agreement in Baghdad to enhance coordination in "
                "safeguarding their shared border.", "b")
    assert len(aligned(embedder, a, b)) == 1


def test_same_event_with_same_participants_is_aligned(embedder):
    a = article("Ali Shamkhani met with his Iraqi counterpart Qasim al-Araji in Iraq’s capital city Baghdad.", "a",
                published="2023-05-29T20:28")
    b = article("Secretary Ali Shamkhani and his Iraqi counterpart Qassim al-Araji in a meeting in Baghdad underlined "
                "the need for the expansion of mutual cooperation.", "b", published="2023-03-19T23:11")
    assert [basis for *_, basis in aligned(embedder, a, b)] == ["same event"]


def test_recurring_event_on_other_dates_is_another_event(embedder):
    a = article("Qasim al-Araji held talks with Ali Akbar Ahmadian in Tehran on May 29, 2023.", "a")
    b = article("Qasim al-Araji held talks with Ali Akbar Ahmadian in Tehran on November 11, 2024.", "b")
    assert aligned(embedder, a, b) == []


def test_previously_marks_an_earlier_meeting(embedder):
    a = article("Ahmadian met with Qassim al-Araji and said Iran respects Iraq’s sovereignty.", "a")
    b = article("Ahmadian and al-Araji previously met in April in Saint Petersburg, Russia.", "b")
    a2 = article("Ali Akbar Ahmadian met with Qassim al-Araji and said Iran respects Iraq’s sovereignty.", "a")
    b2 = article("Ali Akbar Ahmadian and Qassim al-Araji previously met in April in Saint Petersburg, Russia.", "b")
    assert aligned(embedder, a, b) == [] and aligned(embedder, a2, b2) == []


def test_unrelated_claims_are_not_aligned(embedder):
    a = article("The central bank raised interest rates by half a point on Tuesday.", "a")
    b = article("Heavy rain flooded the old town and closed two bridges.", "b")
    assert aligned(embedder, a, b) == []


def test_parts_are_content_not_titles():
    found = parts("Ali Akbar Ahmadian, Secretary of Iran’s Supreme National Security Council, received the "
                  "visiting adviser for a long meeting in the capital")
    assert all("Supreme National Security Council" not in p for p in found)


_WORDS = ("flood killed twelve people northern province rescuers died floods storm minister resigned election votes "
          "company shares fell percent police arrested suspect match goal striker club earthquake struck coast bridge "
          "collapsed hospital injured the of and").split()


def _sklearn_tfidf_pairs(texts, a, b):
    """The figures the similarity model was fitted on: scikit-learn's own."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from verifier.align import _stems

    if not any(_stems(t) for t in texts):
        return np.zeros(len(a))
    matrix = TfidfVectorizer(analyzer=_stems, sublinear_tf=True).fit_transform(texts)
    return np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1)).ravel()


def test_tfidf_pairs_equal_scikit_learn_to_the_last_bit():
    import random

    import numpy as np

    from verifier.align import _tfidf_pairs

    rng = random.Random(7)
    for _ in range(400):
        n = rng.randint(1, 7)
        length = rng.choice([0, 1, 2, 4, 12, 40])
        texts = [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, length))) for _ in range(n)]
        a = np.array([rng.randrange(n) for _ in range(rng.randint(1, 9))])
        b = np.array([rng.randrange(n) for _ in range(len(a))])
        assert np.array_equal(_tfidf_pairs(texts, a, b), _sklearn_tfidf_pairs(texts, a, b)), (texts, a, b)


def test_tfidf_pairs_of_news_sentences_equal_scikit_learn():
    import numpy as np

    from verifier.align import _tfidf_pairs

    texts = [
        "Floodwaters swept through three villages in the northern province on Monday, killing at least 12 people.",
        "Rescuers said 12 people died when floods hit villages in the north of the province.",
        "The central bank raised its main interest rate by a quarter point to 5.25 percent.",
        "Police arrested a 34-year-old man on suspicion of robbing a jewellery shop in the city centre.",
        "The striker scored twice as the home side won the cup final 3-1 on Saturday.",
        "The minister resigned after the election, saying the party had lost the trust of voters.",
        "Shares in the company fell 8 percent after it cut its profit forecast for the year.",
        "A magnitude 6.1 earthquake struck off the coast, damaging a bridge and a hospital.",
    ]
    idx = np.arange(len(texts))
    a, b = np.repeat(idx, len(texts)), np.tile(idx, len(texts))
    ours = _tfidf_pairs(texts, a, b)
    assert np.array_equal(ours, _sklearn_tfidf_pairs(texts, a, b))
    assert ours[1] > 0.1 and ours[2] == 0.0  # the two flood reports share stems; flood and rates do not


def test_an_earlier_value_is_not_an_earlier_occasion(embedder):
    """"up from 13 cents previously" gives the old dividend, not an earlier raise."""
    a = article("Goldman raised its quarterly dividend to 25 cents a share from 12 cents, citing the new tax law.", "a")
    b = article("Goldman raised its quarterly dividend to 25 cents a share, up from 13 cents previously.", "b")
    assert len(aligned(embedder, a, b)) == 1


def test_claims_of_two_dated_events_align_on_the_one_they_share(embedder):
    a = article("Yucaipa owned Dominick's before selling the chain to Safeway in 1998 for $2.5 billion.", "a")
    b = article("Yucaipa bought Dominick's in 1995 for $693 million and sold it to Safeway for $1.8 billion in 1998.", "b")
    c = article("Yucaipa bought Dominick's in 1995 for $693 million from its founding family.", "c")
    assert len(aligned(embedder, a, b)) == 1
    assert aligned(embedder, a, c) == []


def test_previously_after_a_place_of_origin_still_marks_an_earlier_occasion():
    from verifier.align import _earlier

    assert _earlier("A man from Leeds who had previously been jailed was sentenced to five years.")
    assert not _earlier("Goldman raised its dividend to 25 cents a share, up from 13 cents previously.")


_MAFIA = ("Vincent Gigante, the head of the Genovese crime family in New York, faced a federal jury in Brooklyn. "
          "Prosecutors from the Eastern District described his years in Greenwich Village. ")
_MURDER = ("John Jenkin appeared at Workington Magistrates Court in Cumbria over the deaths at Millom. "
           "Detectives from Cumbria Constabulary searched the house on Lapstone Road. ")


def test_claims_of_two_stories_are_not_aligned(embedder):
    """Each article names several things and none is named in the other: a sentence
    both could hold ("He was sentenced ...") is of two stories, not one event."""
    a = article(_MAFIA + "He was sentenced to 12 years in prison.", "a")
    b = article(_MURDER + "He was sentenced to 2 years in prison.", "b")
    assert not [p for p in aligned(embedder, a, b) if "sentenced" in p[0]]


def test_one_name_in_common_keeps_two_articles_one_story(embedder):
    a = article(_MAFIA + "He was sentenced to 12 years in prison.", "a")
    b = article(_MURDER.replace("Lapstone Road", "Lapstone Road, as Gigante's lawyers had") + "He was sentenced to 2 years in prison.", "b")
    assert [p for p in aligned(embedder, a, b) if "sentenced" in p[0]]


def test_short_articles_are_never_two_stories():
    from verifier.align import two_stories

    assert not two_stories(frozenset({"gigante", "brooklyn"}), frozenset({"jenkin", "millom", "cumbria", "lapstone", "road"}))
    assert two_stories(frozenset({"gigante", "brooklyn", "genovese", "york", "village"}),
                       frozenset({"jenkin", "millom", "cumbria", "lapstone", "road"}))


def test_a_short_article_against_a_long_one_naming_nothing_alike_is_another_story(embedder):
    """Three names of a supermarket fire in Surrey against eight of a church fire in Alaska, none shared: two stories,
    though the short one names fewer than five things; a quantifier opening a sentence ("More than 50 firefighters")
    is no name."""
    from verifier.align import story_names, two_stories
    from verifier.claims import extract_all

    short = frozenset({"banstead", "surrey", "waitrose"})
    assert two_stories(short, frozenset({"palin", "alaska", "anchorage", "steele", "mat-su", "james", "republican", "wasilla"}))
    assert not two_stories(short, frozenset({"jenkin", "millom", "cumbria", "lapstone", "road"}))  # eight between them
    claims = extract_all([article("More than 50 firefighters tackled the blaze at the Waitrose store in Banstead.", "a")])
    assert "more" not in story_names(claims)["a"]


def test_story_names_are_the_distinctive_words_of_names():
    """A surname ("Griffey", not "Jr."), not a given name two stories share (outside a doer's words);
    a demonym's country; no word every name has ("New", "County", "Court");
    a name the parser missed, read from its capital ("thanked Teixeira")."""
    from verifier.align import story_names

    src = article("Prosecutors said Peter Gigante's lawyers met in New York County Court. The judge thanked Teixeira, "
                  "28, for waiting, and Ken Griffey Jr. waved to the Indian crowd.", "a")
    names = story_names(extract_all([src]))[src.id]
    assert {"gigante", "teixeira", "york", "griffey", "india"} <= names
    assert not names & {"peter", "new", "county", "court", "the", "prosecutors", "jr", "jr."}


def test_same_event_is_judged_apart_from_the_figures():
    """The word and spelling features of the same-event decision do not see the figures, in digits or
    words: "injured five people" and "injured two people" are as close as the one sentence twice."""
    texts = ["The quake injured five people on Qeshm island on Sunday, 12 km from the coast.",
             "The quake injured two people on Qeshm island on Sunday, 15 km from the coast.",
             "The quake injured five people on Qeshm island on Sunday, 12 km from the coast."]
    zeros = np.zeros(2)
    seen = pair_features([texts[0]] * 2, [texts[1], texts[2]], zeros, zeros, zeros)
    masked = [mask_figures(t) for t in texts]
    blind = pair_features([masked[0]] * 2, [masked[1], masked[2]], zeros, zeros, zeros)
    lexical = [FEATURES.index(f) for f in ("tsr", "jac", "umax", "umin", "word")]
    assert seen[0, lexical].tolist() != seen[1, lexical].tolist()  # with the figures, the first pair differs
    assert np.allclose(blind[0, lexical], blind[1, lexical])


_FLOOD_LEDE = ("Flash floods swept through the mountain town of Bregana on Saturday after a night of torrential rain. "
               "Rescue teams used boats to reach families trapped on rooftops along the river. ")
_FLOOD_LEDE_TOLD_OTHERWISE = ("Torrential overnight rain sent flash floods through Bregana, a mountain town, on Saturday. "
                              "Families stranded on their roofs by the river were reached by rescuers in boats. ")
_FIRE_LEDE = ("A wildfire tore through pine forest above the coastal resort of Lindos on Saturday, forcing tourists "
              "onto beaches. Firefighting planes dropped water on the flames through the afternoon. ")
_LATER = ("The mayor said the damage would take months to repair. ", "The mayor said repairs to the damage would take "
          "several months. ")


def _same_event_of_later_sentences(embedder, lede_a: str, lede_b: str) -> float:
    from verifier.align import score_events

    a = article(lede_a + "Schools will stay closed on Monday. " + _LATER[0], "a")
    b = article(lede_b + "Power was cut to the old town. " + _LATER[1], "b")
    claims = extract_all([a, b])
    pairs, _meaning, _cos, same, _undated = score_events(claims, resolve(claims), embedder, {s.id: s.text for s in (a, b)})
    for (i, j), p in zip(pairs.tolist(), same.tolist()):
        if "mayor" in claims[i].text and "mayor" in claims[j].text:
            return p
    raise AssertionError("the two sentences about the mayor were not scored")


def test_articles_that_open_on_one_story_make_their_later_claims_likelier_one_event(embedder):
    """The same two sentences deep in two articles ("The mayor said the damage would take months to repair") are
    likelier one event when the articles open on one flood, told in other words, than when one opens on a
    wildfire: how alike the ledes are is a feature of the same-event model (`lede`)."""
    one_story = _same_event_of_later_sentences(embedder, _FLOOD_LEDE, _FLOOD_LEDE_TOLD_OTHERWISE)
    two_stories = _same_event_of_later_sentences(embedder, _FLOOD_LEDE, _FIRE_LEDE)
    assert one_story > two_stories + 0.03


def test_a_lede_is_the_first_sentences_that_hold_claims():
    from verifier.align import LEDE_SENTENCES, lede_claims, lede_vectors

    src = article(" ".join(f"Sentence {n} tells of the {w} by the river." for n, w in
                           enumerate(("flood", "rescue", "boats", "mayor", "schools"))), "a")
    claims = extract_all([src])
    kept = [claims[k] for k in lede_claims(claims)]
    assert sorted({c.sentence for c in kept}) == list(range(LEDE_SENTENCES))
    vectors = np.eye(len(claims))
    lede = lede_vectors(claims, vectors)["a"]
    assert np.isclose(np.linalg.norm(lede), 1.0) and np.count_nonzero(lede) == len(kept)
