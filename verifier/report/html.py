"""The HTML report: one self-contained file (inline CSS and JS, no network).

Every field (article text, ids, outlets, titles, numbers from a loaded
report) is escaped with html.escape, in text and in attributes alike, and the
data the page's script reads is JSON inside a <script type="application/json">
block with "<" escaped, so an article containing <script> runs nothing. The
Content-Security-Policy allows only the page's own style and script, by their
sha256 hashes: no inline script from anywhere else, no network.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import defaultdict
from datetime import date
from html import escape
from typing import Any

from . import KINDS, _json_escape_controls, clean, summary_line

ASPECT_KINDS = {
    "date": {"date"}, "number": {"number"}, "place": {"place"}, "person": {"person", "role"},
    "role": {"role"}, "polarity": set(), "other": set(),
}
NEGATION_WORDS = ("not", "never", "no", "n't", "cannot", "denied", "refused")
KIND_LABELS = {"contradiction": "Contradiction", "uncertain": "Uncertain", "agreement": "Agreement", "single_source": "One outlet only"}


def _e(text: Any) -> str:
    return escape(clean(text), quote=True)


def _marks(quote: str, start: int, claim: dict | None, aspect: str) -> list[tuple[int, int]]:
    """Spans of the quote (relative) that hold the values the finding compares."""
    spans = []
    kinds = ASPECT_KINDS.get(aspect, set())
    for v in (claim or {}).get("values", []):
        if v["kind"] in kinds or (aspect == "date" and v["kind"] == "role" and v.get("appointed")):
            s, e = int(v["start"]) - start, int(v["end"]) - start
            if 0 <= s < e <= len(quote):
                spans.append((s, e))
    if aspect == "polarity":
        import re

        for m in re.finditer(r"\b(" + "|".join(NEGATION_WORDS) + r")\b", quote, re.I):
            spans.append(m.span())
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _quote_html(quote: str, marks: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for s, e in marks:
        out.append(_e(quote[pos:s]))
        out.append(f"<mark>{_e(quote[s:e])}</mark>")
        pos = e
    out.append(_e(quote[pos:]))
    return "".join(out)


def _event_day(finding: dict, claims: dict[str, dict]) -> tuple[str, bool] | None:
    """The day (or month) a finding's event is dated, and whether its year was
    only inferred from the publication date, for the timeline."""
    days = []
    for ev in finding["evidence"]:
        claim = claims.get(ev.get("claim") or "")
        for v in (claim or {}).get("values", []):
            if v["kind"] == "date" and v.get("earliest"):
                day = v["earliest"] if v.get("granularity") == "day" else v["earliest"][:7]
                days.append((not v.get("year_known", True), day))
    if not days:
        return None
    inferred, day = min(days)  # a date stated with its year wins over an inferred one
    return day, inferred


def _timeline(data: dict, claims: dict[str, dict], outlets: dict[str, str]) -> list[dict]:
    rows: dict[str, list[dict]] = defaultdict(list)
    for i, f in enumerate(data["findings"]):
        if f["kind"] == "single_source":
            continue
        dated = _event_day(f, claims)
        if dated:
            rows[dated[0]].append({"finding": i, "kind": f["kind"], "summary": str(f["summary"]), "inferred": dated[1],
                                   "outlets": sorted({outlets.get(e["source"], str(e["source"])) for e in f["evidence"]})})
    in_findings = {e.get("claim") for f in data["findings"] if f["kind"] != "single_source" for e in f["evidence"]}
    for c in data.get("claims", []):  # dated claims only one outlet makes
        dated = [v for v in c["values"] if v["kind"] == "date" and v.get("earliest") and v.get("granularity") == "day"
                 and not v.get("inherited")]
        if dated and c["id"] not in in_findings:
            rows[dated[0]["earliest"]].append({"finding": None, "kind": "single_source", "summary": str(c["text"]),
                                               "inferred": not dated[0].get("year_known", True),
                                               "outlets": [outlets.get(c["source"], str(c["source"]))]})
    return [{"day": d, "items": rows[d]} for d in sorted(rows)]


CSS = """
:root{--c:#b3261e;--u:#a15c00;--a:#1b6e3a;--s:#555;--bg:#fafaf7;--card:#fff;--line:#ddd;font-family:system-ui,-apple-system,'Segoe UI',sans-serif}
body{margin:0;background:var(--bg);color:#1d1d1b;line-height:1.45}
header,main,#timeline,#filters{max-width:1200px;margin:0 auto;padding:0 20px}
h1{font-size:1.6rem;margin:18px 0 4px}h2{font-size:1.15rem;margin:22px 0 8px}
.summary{color:#444;margin:0 0 10px}
.counts{display:flex;gap:8px;flex-wrap:wrap;margin:8px 0 12px}
.count{padding:4px 10px;border-radius:999px;color:#fff;font-weight:600;font-size:.9rem}
.k-contradiction{background:var(--c)}.k-uncertain{background:var(--u)}.k-agreement{background:var(--a)}.k-single_source{background:var(--s)}
table.sources{border-collapse:collapse;width:100%;font-size:.9rem;background:var(--card)}
table.sources th,table.sources td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
.problems{color:var(--c);font-size:.9rem}
ol.timeline{list-style:none;margin:0;padding:0 0 0 14px;border-left:3px solid #c9c4b5}
ol.timeline li{position:relative;margin:0 0 10px;padding-left:12px}
ol.timeline li::before{content:'';position:absolute;left:-22px;top:5px;width:12px;height:12px;border-radius:50%;background:#c9c4b5}
ol.timeline time{font-weight:700;font-variant-numeric:tabular-nums;margin-right:8px}
.tl-item{display:block;font-size:.9rem}.tl-item .chip{margin-left:4px}
.chip{display:inline-block;font-size:.75rem;border:1px solid var(--line);border-radius:4px;padding:0 5px;background:#f3f1ea}
#filters{display:flex;gap:16px;flex-wrap:wrap;align-items:center;position:sticky;top:0;background:var(--bg);
  padding-top:8px;padding-bottom:8px;border-bottom:1px solid var(--line);z-index:2}
#filters label{font-size:.9rem}
.finding{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--s);border-radius:6px;margin:12px 0;padding:10px 14px}
.finding.kind-contradiction{border-left-color:var(--c)}.finding.kind-uncertain{border-left-color:var(--u)}.finding.kind-agreement{border-left-color:var(--a)}
.finding h3{font-size:1rem;margin:0 0 8px;font-weight:600}
.badge{display:inline-block;color:#fff;border-radius:4px;padding:1px 7px;font-size:.78rem;margin-right:6px;vertical-align:1px}
.aspect{font-size:.78rem;text-transform:uppercase;letter-spacing:.04em;color:#555;margin-right:6px}
.conf{color:#666;font-weight:400;font-size:.85rem}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}
figure.side{margin:0;border:1px solid var(--line);border-radius:5px;padding:8px 10px;background:#fdfdfb}
figcaption{font-size:.8rem;color:#555;margin-bottom:4px}
figcaption .value{font-weight:700;color:#1d1d1b}
blockquote.quote{margin:0;cursor:pointer;font-family:Georgia,serif}
blockquote.quote:hover,blockquote.quote:focus{background:#fff6d6;outline:none}
mark{background:#ffe08a;padding:0 1px}
dialog{max-width:900px;width:90vw;max-height:85vh;border:1px solid #999;border-radius:8px;padding:0}
dialog .bar{display:flex;justify-content:space-between;align-items:center;padding:8px 14px;border-bottom:1px solid var(--line);background:#f3f1ea}
#av-text{white-space:pre-wrap;padding:14px;overflow:auto;max-height:70vh;font-family:Georgia,serif}
#av-text mark{background:#ffd24d}
.hidden{display:none}
.inferred{font-style:italic;color:var(--u);font-size:.8rem}
"""

JS = """
(function(){
  var data = JSON.parse(document.getElementById('verify-data').textContent);
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  function apply(){
    var kinds = {};
    document.querySelectorAll('input[name=kind]').forEach(function(b){ kinds[b.value] = b.checked; });
    var aspect = document.getElementById('f-aspect').value, outlet = document.getElementById('f-outlet').value, shown = 0;
    findings.forEach(function(f){
      var ok = kinds[f.dataset.kind] && (aspect === '' || f.dataset.aspect === aspect) &&
               (outlet === '' || f.dataset.outlets.split('|').indexOf(outlet) >= 0);
      f.classList.toggle('hidden', !ok); if (ok) shown++;
    });
    document.getElementById('shown').textContent = shown + ' of ' + findings.length + ' findings shown';
  }
  document.querySelectorAll('#filters input, #filters select').forEach(function(el){ el.addEventListener('change', apply); });
  var dialog = document.getElementById('article-view');
  // offsets in the report count code points (Python); JavaScript strings count
  // UTF-16 units, two for a character outside the BMP such as an emoji
  function unit(text, from, points){
    var i = from;
    for (var n = 0; n < points && i < text.length; n++) {
      var c = text.charCodeAt(i);
      i += (c >= 0xD800 && c < 0xDC00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xFC00) === 0xDC00) ? 2 : 1;
    }
    return i;
  }
  function show(q){
    var src = data.sources[q.dataset.source], cpStart = +q.dataset.start, cpEnd = +q.dataset.end;
    var start = unit(src.text, 0, cpStart), end = unit(src.text, start, cpEnd - cpStart);
    var box = document.getElementById('av-text');
    box.textContent = '';
    box.appendChild(document.createTextNode(src.text.slice(0, start)));
    var m = document.createElement('mark'); m.id = 'av-hit'; m.textContent = src.text.slice(start, end); box.appendChild(m);
    box.appendChild(document.createTextNode(src.text.slice(end)));
    document.getElementById('av-title').textContent = src.label;
    if (dialog.showModal) { dialog.showModal(); } else { dialog.setAttribute('open', ''); }
    m.scrollIntoView({block: 'center'});
  }
  document.querySelectorAll('blockquote.quote').forEach(function(q){
    q.addEventListener('click', function(){ show(q); });
    q.addEventListener('keydown', function(ev){ if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); show(q); } });
  });
  document.getElementById('av-close').addEventListener('click', function(){ dialog.close ? dialog.close() : dialog.removeAttribute('open'); });
  document.querySelectorAll('a[data-finding]').forEach(function(a){
    a.addEventListener('click', function(ev){
      var el = document.getElementById('finding-' + a.dataset.finding);
      if (el) { ev.preventDefault(); el.classList.remove('hidden'); el.scrollIntoView({block: 'start'}); }
    });
  });
  apply();
})();
"""


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


CSP = f"default-src 'none'; style-src {_csp_hash(CSS)}; script-src {_csp_hash(JS)}; base-uri 'none'; form-action 'none'"


def _script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no "</script>", no "<!--", no raw control character."""
    text = json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return _json_escape_controls(text)


def render_html(data: dict) -> str:
    outlets = {s["id"]: str(s.get("outlet") or s["id"]) for s in data["sources"]}
    dates = {s["id"]: str(s.get("published") or "date unknown") for s in data["sources"]}
    claims = {c["id"]: c for c in data.get("claims", [])}
    counts = {k: sum(1 for f in data["findings"] if f["kind"] == k) for k in KINDS}
    aspects = sorted({str(f["aspect"]) for f in data["findings"]})
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">',
        "<title>verify: discrepancy report</title>", f"<style>{CSS}</style></head><body>",
        "<header><h1>Discrepancy report</h1>", f'<p class="summary">{_e(summary_line(data))}</p><div class="counts">',
    ]
    parts += [f'<span class="count k-{k}">{counts[k]} {_e(KIND_LABELS[k])}</span>' for k in KINDS]
    parts.append('</div><table class="sources"><thead><tr><th>Source</th><th>Outlet</th><th>Published</th><th>Title</th></tr></thead><tbody>')
    for s in data["sources"]:
        url = str(s.get("url") or "")
        link = f' <a href="{_e(url)}" rel="noreferrer noopener">link</a>' if url.lower().startswith(("http://", "https://")) else ""
        parts.append(f"<tr><td>{_e(s['id'])}</td><td>{_e(s.get('outlet') or 'outlet unknown')}</td><td>{_e(dates[s['id']])}</td>"
                     f"<td>{_e(s.get('title') or '')}{link}</td></tr>")
    parts.append("</tbody></table>")
    skipped = data.get("problems", [])
    if skipped:
        parts.append('<ul class="problems">' + "".join(
            f"<li>{'skipped' if p.get('skipped', True) else 'note'}: {_e(p['source'])}: {_e(p['message'])}</li>" for p in skipped) + "</ul>")
    parts.append("</header>")
    # timeline
    timeline = _timeline(data, claims, outlets)
    if timeline:
        parts.append('<section id="timeline"><h2>Timeline of dated events</h2><ol class="timeline">')
        for row in timeline:
            items = []
            for it in row["items"]:
                chips = "".join(f'<span class="chip">{_e(o)}</span>' for o in it["outlets"])
                label = f'<span class="badge k-{_e(it["kind"])}">{_e(KIND_LABELS.get(it["kind"], it["kind"]))}</span>'
                text = _e(it["summary"] if len(it["summary"]) < 180 else it["summary"][:177] + "…")
                if it["finding"] is not None:
                    text = f'<a href="#finding-{it["finding"]}" data-finding="{it["finding"]}">{text}</a>'
                guess = ' <span class="inferred" title="the article gives no year: inferred from its publication date">' \
                        '(year inferred)</span>' if it["inferred"] else ""
                items.append(f'<span class="tl-item">{label}{text}{guess} {chips}</span>')
            parts.append(f'<li><time datetime="{_e(row["day"])}">{_e(_day_label(row["day"]))}</time>{"".join(items)}</li>')
        parts.append("</ol></section>")
    # filters
    parts.append('<section id="filters" aria-label="Filters"><strong>Show</strong>')
    for k in KINDS:
        checked = "" if k == "single_source" else " checked"
        parts.append(f'<label><input type="checkbox" name="kind" value="{k}"{checked}> {_e(KIND_LABELS[k])} ({counts[k]})</label>')
    parts.append('<label>Aspect <select id="f-aspect"><option value="">all</option>'
                 + "".join(f'<option value="{_e(a)}">{_e(a)}</option>' for a in aspects) + "</select></label>")
    parts.append('<label>Outlet <select id="f-outlet"><option value="">all</option>'
                 + "".join(f'<option value="{_e(o)}">{_e(o)}</option>' for o in sorted(set(outlets.values()))) + "</select></label>")
    parts.append('<span id="shown" aria-live="polite"></span></section><main><h2>Findings</h2>')
    # findings
    for i, f in enumerate(data["findings"]):
        f_outlets = "|".join(sorted({outlets.get(e["source"], str(e["source"])) for e in f["evidence"]}))
        parts.append(f'<article class="finding kind-{_e(f["kind"])}" id="finding-{i}" data-kind="{_e(f["kind"])}" '
                     f'data-aspect="{_e(f["aspect"])}" data-outlets="{_e(f_outlets)}">')
        parts.append(f'<h3><span class="badge k-{_e(f["kind"])}">{_e(KIND_LABELS.get(f["kind"], f["kind"]))}</span>'
                     f'<span class="aspect">{_e(f["aspect"])}</span>{_e(f["summary"])} '
                     f'<span class="conf">confidence {float(f["confidence"]):.2f}</span></h3><div class="sides">')
        for e in f["evidence"]:
            start, end = int(e["start"]), int(e["end"])  # numbers from a loaded report: ints or an error, never markup
            quote = str(e["quote"])
            marks = _marks(quote, start, claims.get(e.get("claim") or ""), f["aspect"])
            value = f' · <span class="value">{_e(e["value"])}</span>' if e.get("value") else ""
            parts.append(f'<figure class="side"><figcaption>{_e(outlets.get(e["source"], e["source"]))} · '
                         f'{_e(dates.get(e["source"], ""))} · chars {_e(start)}–{_e(end)}{value}</figcaption>'
                         f'<blockquote class="quote" tabindex="0" title="{_e(_frame_label(claims.get(e.get("claim") or "")))}" '
                         f'data-source="{_e(e["source"])}" '
                         f'data-start="{_e(start)}" data-end="{_e(end)}">{_quote_html(quote, marks)}</blockquote></figure>')
        parts.append("</div></article>")
    parts.append("</main>")
    parts.append('<dialog id="article-view"><div class="bar"><strong id="av-title"></strong>'
                 '<button id="av-close" type="button">Close</button></div><div id="av-text"></div></dialog>')
    page_data = {"sources": {s["id"]: {"text": s.get("text") or "", "label": clean(f"{outlets[s['id']]} · {dates[s['id']]} · "
                                                                                f"{s.get('title') or s['id']}")} for s in data["sources"]}}
    parts.append(f'<script type="application/json" id="verify-data">{_script_json(page_data)}</script>')
    parts.append(f"<script>{JS}</script></body></html>")
    return "\n".join(parts) + "\n"


def _frame_label(claim: dict | None) -> str:
    """The claim's event frame as a tooltip: type, trigger, polarity, modality, arguments."""
    frame = (claim or {}).get("frame")
    if not isinstance(frame, dict) or not frame.get("type"):
        return "Show in the article"
    trigger = frame.get("trigger") or {}
    head = f"{frame['type']}" + (f" “{trigger.get('text')}”" if isinstance(trigger, dict) and trigger.get("text") else "")
    mood = ", ".join(str(x) for x in (frame.get("polarity"), frame.get("modality")) if x and x not in {"asserted", "actual"})
    args = "; ".join(f"{a.get('role')}: {a.get('norm') or a.get('text')}" for a in frame.get("arguments") or [] if isinstance(a, dict))
    return clean(f"Event: {head}" + (f" ({mood})" if mood else "") + (f" · {args}" if args else "") + " · click to show in the article",
                 one_line=True)


def _day_label(day: str) -> str:
    try:
        return date.fromisoformat(day).strftime("%d %b %Y") if len(day) == 10 else date.fromisoformat(day + "-01").strftime("%b %Y")
    except ValueError:
        return day
