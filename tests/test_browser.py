"""The HTML report in a real browser: headless Chromium driven by Playwright.

Skipped, with the reason, only where Chromium or Playwright is not installed
(.ci/run installs Debian's chromium when it is absent)."""

from __future__ import annotations

import shutil

import pytest

from verifier.pipeline import compare_sources
from verifier.report import render

from .conftest import article

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)  # a fresh, empty profile each launch
        yield b
        b.close()


def open_report(browser, tmp_path, html: str):
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 1600})
    alerts = []
    page.on("dialog", lambda d: (alerts.append(d.message), d.dismiss()))
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    return page, alerts, requests


def test_demo_report_in_chromium(browser, tmp_path, demo_report):
    page, alerts, requests = open_report(browser, tmp_path, render(demo_report, "html"))
    contradiction = page.locator(".finding.kind-contradiction")
    assert contradiction.count() == 1 and contradiction.is_visible()
    assert "newly-appointed" in contradiction.inner_text() and "June 2023" in contradiction.inner_text()
    assert contradiction.locator("mark").count() >= 2  # the compared values are highlighted
    page.screenshot(path=str(tmp_path / "report.png"), full_page=False)

    # filter by kind: hide contradictions, then show them again
    page.uncheck("input[name=kind][value=contradiction]")
    assert not contradiction.is_visible()
    page.check("input[name=kind][value=contradiction]")
    assert contradiction.is_visible()
    # filter by aspect: only date findings stay
    page.select_option("#f-aspect", "date")
    visible = page.locator(".finding:not(.hidden)")
    assert visible.count() >= 1 and all(a == "date" for a in visible.evaluate_all("els => els.map(e => e.dataset.aspect)"))
    # filter by outlet
    page.select_option("#f-aspect", "")
    page.select_option("#f-outlet", "NOURNEWS")
    assert not contradiction.is_visible()
    page.select_option("#f-outlet", "")

    # a quote opens the whole article with the claim highlighted in place
    quote = contradiction.locator("blockquote.quote").first
    quote.click()
    hit = page.locator("#av-hit")
    assert hit.is_visible() and hit.inner_text() == quote.inner_text()
    assert page.locator("#av-text").inner_text().startswith("Iraqi, Iranian Top Security Advisors")  # the whole article
    page.screenshot(path=str(tmp_path / "article-view.png"))
    assert not alerts and all(r.startswith("file:") for r in requests)  # nothing from the network


def test_article_text_with_markup_runs_nothing(browser, tmp_path, embedder):
    evil = ('Officials said on Monday that <script>window.pwned=1;alert("x")</script> <img src=x onerror="window.pwned=2"> '
            'three American soldiers were killed in a drone strike in Jordan on January 28, 2024.')
    other = ("Officials said on Monday that four American soldiers were killed in a drone strike in Jordan on "
             "January 28, 2024 </script><script>window.pwned=3</script>.")
    report = compare_sources([article(evil, "a", published="2024-01-29T10:00"), article(other, "b", published="2024-01-29T11:00")],
                             embedder=embedder)
    page, alerts, _ = open_report(browser, tmp_path, render(report, "html"))
    page.wait_for_timeout(200)
    assert page.evaluate("window.pwned") is None and not alerts
    page.check("input[name=kind][value=single_source]")
    assert "<script>window.pwned=1" in page.locator("main").inner_text()  # shown as text, not run
    page.locator("blockquote.quote").first.click()
    assert page.evaluate("window.pwned") is None


def test_article_view_highlights_the_quote_after_emoji(browser, tmp_path, embedder):
    """Offsets count code points (Python); the page maps them to UTF-16 units, so
    a character outside the Basic Multilingual Plane does not shift the highlight."""
    first = ("🔥🚒 Live 📢: Firefighters said on Tuesday that the warehouse fire in Leeds destroyed 40 homes. 🏚️ "
             "The council said 120 people were moved to a school hall. 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 Police arrested two men on Wednesday.")
    second = ("Firefighters said on Tuesday that the warehouse fire in Leeds destroyed 45 homes. "
              "😢😢😢 The council said 120 people were moved to a school hall.")
    report = compare_sources([article(first, "a", published="2024-03-05T10:00"), article(second, "b", published="2024-03-05T11:00")],
                             embedder=embedder)
    page, alerts, _ = open_report(browser, tmp_path, render(report, "html"))
    page.check("input[name=kind][value=single_source]")
    quotes = page.locator("blockquote.quote")
    assert quotes.count() >= 3
    checked = 0
    for i in range(quotes.count()):
        q = quotes.nth(i)
        q.click()
        hit = page.locator("#av-hit").inner_text()
        assert hit == q.inner_text(), (hit, q.inner_text())
        page.click("#av-close")
        checked += int(q.get_attribute("data-source") == "a" and int(q.get_attribute("data-start")) > 0)
    assert checked >= 2  # quotes that come after emoji and mathematical letters in the article
    assert not alerts


def test_strict_csp_runs_only_the_pages_own_script(browser, tmp_path, demo_report):
    """Were an escaping bug ever to let markup through, the policy still runs nothing but the page's script."""
    html = render(demo_report, "html").replace(
        "</main>", "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"><a id=go href=\"javascript:window.pwned=3\">x</a></main>")
    page, alerts, requests = open_report(browser, tmp_path, html)
    page.wait_for_timeout(200)
    assert page.evaluate("window.pwned") is None and not alerts
    page.evaluate("document.getElementById('go').click()")
    assert page.evaluate("window.pwned") is None
    assert "findings shown" in page.locator("#shown").inner_text()  # the page's own script did run
    assert all(r.startswith("file:") for r in requests)
