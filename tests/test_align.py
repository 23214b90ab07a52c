"""Stage 4: which claims of different outlets are paired."""

from __future__ import annotations

from verifier.align import align, parts
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
