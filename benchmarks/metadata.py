#!/usr/bin/env python3
"""How far the outlet and publication date verify recovers can be trusted,
on real articles with metadata recorded by others.

    python benchmarks/metadata.py [--ecbplus ARCHIVE] [--trafilatura DIR] [--htmldate DIR] [--limit N] [--sets ecbplus,...]

Prints figures and every wrong outlet name; asserts nothing.
- ECB+ (plain text, one sentence a paragraph): each ECB+ (2nd-half) document
  opens with the address it was collected from, so its outlet is that site;
  the ECB documents carry no metadata, so the right answer there is null.
  Scored as distributed, then again with the address line removed (the text
  alone: every name found then comes from a dateline, byline or "source:").
  Publication dates are checked against a date written in the address, when
  it holds one (…/2013/05/03/…, …-20130504).
- trafilatura and htmldate gold pages (saved HTML): the outlet is the site of
  the page's URL (the gold site name where trafilatura's gold has one);
  scored with the URL given (as a fetched page) and without it (a saved page).
A name is right when it is the site's domain or a name its domain spells
("Los Angeles Times" for latimes.com, "BBC News" for bbc.co.uk).
Precision = right names / names given; recall = right names / articles with
a known outlet.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import tomllib
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from corpora import MONTHS, ecbplus_articles  # noqa: E402
from ingestion import default, find, pages  # noqa: E402

from verifier.errors import SourceError  # noqa: E402
from verifier.lexicon import fold  # noqa: E402
from verifier.sources import read_sources  # noqa: E402
from verifier.sources.html import extract_page  # noqa: E402

SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.exists()), ROOT.parent / "shared")
_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "ø": "o", "æ": "ae", "ł": "l"})


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", re.sub(r"^the\s+", "", fold((text or "").lower().translate(_SPELLED)).strip()))


def site_label(url: str) -> tuple[str, list[str]]:
    """(host without www., the labels naming the site: [g1, globo] for g1.globo.com, [latimes] for articles.latimes.com)."""
    from courlan import extract_domain

    host = (urlparse(url).hostname or "").removeprefix("www.")
    domain = extract_domain(url) or host
    suffix = domain.split(".", 1)[1] if "." in domain else ""
    labels = host.removesuffix("." + suffix).split(".") if suffix else host.split(".")
    return host, [re.sub(r"[^a-z0-9-]", "", label) for label in labels if label not in {"m", "www", "mobile", "amp"}]


def _spells(label: str, words: list[str]) -> bool:
    """Whether the label is made of prefixes of the name's words, in order (la+times, nbc+philadelphia)."""
    if not label:
        return True
    if not words:
        return False
    word = words[0]
    return any(label.startswith(word[:k]) and _spells(label[k:], words[1:]) for k in range(min(len(word), len(label)), -1, -1))


def same_outlet(name: str, url: str | None, gold_name: str | None = None) -> bool:
    """Whether `name` names the outlet of the article at `url` (or the gold site name)."""
    got = squash(name)
    if not got:
        return False
    if gold_name and (got == squash(gold_name) or (len(got) >= 4 and (got in squash(gold_name) or squash(gold_name) in got))):
        return True
    if not url:
        return False
    host, labels = site_label(url)
    named = fold(name.lower().translate(_SPELLED)).strip().removeprefix("www.")
    if "." in named and " " not in named:
        return host == named or host.endswith("." + named) or named.endswith("." + host)
    words = [w for w in (squash(w) for w in name.split() if fold(w) not in {"the", "of", "and", "&"}) if w]
    initials = "".join(w[0] for w in words)
    parts = labels + [part for label in labels for part in re.split(r"[-]", label) if part != label]
    return any((len(label) >= 2 and label in {got, initials})
               or (len(label) >= 3 and (label in got or (got in label and len(got) >= 3) or _spells(label, words)))
               for label in parts if label)


def judgeable(name: str) -> bool:
    """Names in another script cannot be matched with a Latin domain here: they are listed, not scored."""
    return not re.search(r"[^\x00-\u024f\s\W\d]", name)


class Tally:
    def __init__(self) -> None:
        self.n = self.gold = self.named = self.right = 0
        self.wrong: list[tuple[str, str, str]] = []  # (article, name, expected)
        self.names: Counter = Counter()
        self.unjudged: list[tuple[str, str, str]] = []  # names in another script

    def add(self, article: str, name: str | None, url: str | None, gold_name: str | None = None) -> None:
        self.n += 1
        has_gold = bool(url or gold_name)
        self.gold += has_gold
        if not name:
            return
        self.names[name] += 1
        if has_gold and not judgeable(name):
            self.unjudged.append((article, name, gold_name or site_label(url)[0]))
            return
        self.named += 1
        if has_gold and same_outlet(name, url, gold_name):
            self.right += 1
        else:
            self.wrong.append((article, name, gold_name or (site_label(url)[0] if url else "null")))

    def show(self, label: str) -> None:
        p = self.right / self.named if self.named else float("nan")
        r = self.right / (self.gold - len(self.unjudged)) if self.gold > len(self.unjudged) else float("nan")
        if not self.gold:
            print(f"{label}: {self.n} articles, none with an outlet in its metadata; outlet named for {self.named} "
                  "(each listed: a name here must come from the text, to be checked by eye)")
            for article, name, _ in self.wrong:
                print(f"    named: {article}: {name!r}")
            return
        print(f"{label}: {self.n} articles, {self.gold} with a known outlet; outlet named for {self.named + len(self.unjudged)}")
        print(f"  outlet precision {self.right}/{self.named} = {p:.1%} · recall {self.right}/{self.gold - len(self.unjudged)} = {r:.1%} · "
              f"wrong names {len(self.wrong)}" + (f" · {len(self.unjudged)} names in another script not judged" if self.unjudged else ""))
        for article, name, expected in self.wrong:
            print(f"    wrong: {article}: {name!r} (expected {expected})")
        for article, name, expected in self.unjudged:
            print(f"    not judged: {article}: {name!r} ({expected})")


_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2]|[a-z]{3})[/-]?(0[1-9]|[12]\d|3[01])(?!\d)", re.I)


def url_date(url: str) -> date | None:
    """A full date written in an address (…/2013/may/03/…, …/2013/08/02/…, …-20130504), or None."""
    m = _URL_DATE.search(urlparse(url).path)
    if not m:
        return None
    year, month, day = m.groups()
    if month.isalpha():
        names = [n for n in MONTHS if len(n) > 3] + ["may"]
        full = next((n for n in names if n.startswith(month.lower())), None)
        if full is None:
            return None
        month = datetime.strptime(full[:3], "%b").month
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def run_demo() -> None:
    gold_file = SHARED / "gold" / "seed-corpus.toml"
    if not gold_file.exists():
        return
    gold = {s["id"]: s["outlet"] for s in tomllib.loads(gold_file.read_text(encoding="utf-8"))["source"]}
    sources, _ = read_sources([ROOT / "sources"], use_cache=False)
    right = sum(s.outlet in gold.get(s.id, []) for s in sources)
    print(f"demo corpus: outlet right for {right}/{len(sources)}: " + ", ".join(f"{s.outlet}" for s in sources))


def run_ecbplus(archive: Path, limit: int | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder, bare = Path(tmp) / "ecb", Path(tmp) / "bare"
        bare.mkdir()
        t = time.perf_counter()
        written = ecbplus_articles(archive, folder, limit)
        addresses = {}
        for path in written:
            text = path.read_text(encoding="utf-8")
            first, _, rest = text.partition("\n")
            has_url = first.startswith(("http://", "https://"))
            addresses[path.stem] = first if has_url else None
            (bare / path.name).write_text(rest.lstrip("\n") if has_url else text, encoding="utf-8")
        runs = {}
        for label, where in (("ECB+ as distributed", folder), ("ECB+ text alone (address line removed)", bare)):
            runs[where], _ = read_sources([where], use_cache=False)
            tally = Tally()
            for s in runs[where]:
                tally.add(s.id, s.outlet, addresses[s.id] if where == folder else None)
            tally.show(label)
        sources = runs[folder]
        plus = [s for s in sources if s.id.endswith("ecbplus")]
        dated = [s for s in plus if s.published]
        checked = [(s, url_date(addresses[s.id])) for s in dated if addresses.get(s.id) and url_date(addresses[s.id])]
        off = [(s, d) for s, d in checked if abs((s.published.date() - d).days) > 1]
        print(f"ECB+ publication dates: found for {len(dated)}/{len(plus)} ecbplus articles "
              f"({sum(1 for s in sources if s.published)}/{len(sources)} in all); "
              f"of {len(checked)} whose address holds a date, {len(checked) - len(off)} agree within a day")
        for s, d in off:
            print(f"    date off: {s.id}: {s.published:%Y-%m-%d} (address says {d})")
        print(f"  ({time.perf_counter() - t:.1f} s)")


def run_pages(label: str, folder: Path, gold_name: str, limit: int | None) -> None:
    gold, root = pages(folder, gold_name)
    items = list(gold.items())[:limit]
    t = time.perf_counter()
    with_url, alone = Tally(), Tally()
    failed = 0
    for url, meta in items:
        path = find(root, meta["file"])
        if path is None:
            continue
        html = path.read_bytes()
        for tally, given in ((with_url, url), (alone, None)):
            try:
                src = extract_page(path.stem, str(path), html, url=given)
                name = src.outlet
            except SourceError:
                failed += given is not None
                name = None
            tally.add(meta["file"], name, url, meta.get("sitename"))
    with_url.show(f"{label} ({folder}), URL given")
    alone.show(f"{label}, saved page alone (no URL)")
    print(f"  (no article found on {failed} pages; {time.perf_counter() - t:.1f} s)")


def _pages_dir(name: str) -> Path:
    shared = SHARED / "benchmarks" / name
    return shared if shared.exists() else default(name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ecbplus", type=Path, default=SHARED / "benchmarks" / "ecbplus" / "ECBplus_982docs.tar.xz")
    ap.add_argument("--trafilatura", type=Path, default=_pages_dir("trafilatura"))
    ap.add_argument("--htmldate", type=Path, default=_pages_dir("htmldate"))
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles or pages of each set")
    ap.add_argument("--sets", default="demo,ecbplus,trafilatura,htmldate", help="which sets to score")
    args = ap.parse_args()
    sets = set(args.sets.split(","))
    if "demo" in sets:
        run_demo()
    if "ecbplus" in sets and args.ecbplus.exists():
        run_ecbplus(args.ecbplus, args.limit)
    elif "ecbplus" in sets:
        print(f"(ECB+ not found at {args.ecbplus}: pass --ecbplus ARCHIVE)")
    if "trafilatura" in sets:
        run_pages("trafilatura gold pages", args.trafilatura, "evaldata_subset.json", args.limit)
    if "htmldate" in sets:
        run_pages("htmldate gold pages", args.htmldate, "eval_mediacloud_2020.json", args.limit)


if __name__ == "__main__":
    main()
