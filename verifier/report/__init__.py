"""Stage 6: render a report as JSON (the contract), text or Markdown.

Every renderer is a pure function of the Report; writing goes through
`write_atomic`, so an interrupted run never leaves a half-written file.
Every field is escaped for its format, numbers included: a saved report read
back by `verify show` may hold anything (see contract.py).
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
from collections import Counter
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..errors import OutputError, ReportFormatError
from ..records import Claim, Frame, Report, Source, Value
from .targets import check_file_target, check_folder_target, check_written_files, file_names, safe_file_name

__all__ = ["FORMATS", "KINDS", "SCHEMA", "check_file_target", "check_folder_target", "check_written_files", "clean",
           "claims_jsonl", "file_names", "load_report", "render", "safe_file_name", "summary_line", "to_dict", "to_json",
           "write_atomic"]

SCHEMA = "verify-report/1"
KINDS = ("contradiction", "uncertain", "agreement", "single_source")
FORMATS = ("text", "json", "markdown", "html", "csv", "claimreview")

# C0 controls but tab and newline, DEL, C1 controls (ESC, CSI, OSC start escape
# sequences: clear the screen, retitle the window, forge lines), and the bidi
# overrides and isolates that make text display in another order than it is.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BREAKS = re.compile("[\t\n\u2028\u2029]+")


def clean(text: object, *, one_line: bool = False) -> str:
    """Text safe to show: no control characters; one_line also folds line breaks,
    so a file name or an outlet cannot start a line of its own."""
    out = _CONTROLS.sub("", "" if text is None else str(text))
    return _BREAKS.sub(" ", out) if one_line else out


def _json_escape_controls(text: str) -> str:
    """JSON text with the controls json.dumps leaves raw (DEL, C1, bidi) as \\u escapes:
    the same data, nothing a terminal acts on."""
    return _CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    return value.isoformat()


def source_dict(s: Source) -> dict[str, Any]:
    out = {
        "id": s.id, "path": s.path, "outlet": s.outlet, "title": s.title,
        "published": _iso(s.published), "published_inferred": s.published_inferred, "kind": s.kind,
    }
    if s.author:
        out["author"] = s.author
    if s.url:
        out["url"] = s.url
    # the text the offsets point into (for HTML and URLs, the extracted article),
    # so a saved report can be re-rendered and checked without the original files
    out["text"] = s.text
    return out


def value_dict(v: Value) -> dict[str, Any]:
    d = {k: (_iso(x) if isinstance(x, date) else x) for k, x in asdict(v).items()}
    if v.kind != "date":
        d.pop("year_known")
    return {k: x for k, x in d.items() if x not in (None, False, "") or k in {"kind", "text", "start", "end", "year_known"}}


def frame_dict(f: Frame | None) -> dict[str, Any] | None:
    """The event frame: type, trigger span, polarity, modality, and each argument's role, value and span."""
    if f is None:
        return None
    return {
        "type": f.type, "trigger": {"text": f.trigger, "start": f.start, "end": f.end} if f.trigger else None,
        "polarity": f.polarity, "modality": f.modality,
        "arguments": [{"role": a.role, **value_dict(a.value)} for a in f.arguments],
    }


def claim_dict(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id, "source": c.source, "start": c.start, "end": c.end, "text": c.text,
        "speaker": c.speaker, "speaker_span": [c.speaker_start, c.speaker_end] if c.speaker_start is not None else None,
        "predicate": c.predicate, "negated": c.negated, "frame": frame_dict(c.frame), "values": [value_dict(v) for v in c.values],
    }


def to_dict(report: Report, *, with_claims: bool = True) -> dict[str, Any]:
    counts = Counter(f.kind for f in report.findings)
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "summary": {k: counts.get(k, 0) for k in KINDS},
        "sources": [source_dict(s) for s in report.sources],
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type, "variants": list(e.variants), "sources": list(e.sources)}
            for e in report.entities
        ],
        "findings": [
            {
                "kind": f.kind, "aspect": f.aspect, "confidence": f.confidence, "summary": f.summary,
                "evidence": [
                    {"source": e.source, "quote": e.quote, "start": e.start, "end": e.end, "value": e.value, "claim": e.claim}
                    for e in f.evidence
                ],
            }
            for f in report.findings
        ],
        "problems": [{"source": p.source, "message": p.message, "skipped": p.skipped} for p in report.problems],
    }
    if with_claims:
        out["claims"] = [claim_dict(c) for c in report.claims]
    return out


def to_json(report: Report | dict) -> str:
    data = report if isinstance(report, dict) else to_dict(report)
    return _json_escape_controls(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def load_report(path: str | Path) -> dict[str, Any]:
    """A saved JSON report, checked against the contract field by field (the
    first wrong field is named), with numbers in text fields made text."""
    from .contract import validated

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ReportFormatError(f"{path}: not a readable JSON report ({exc.__class__.__name__}: {exc})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ReportFormatError(f"{path}: not a verify report (schema {SCHEMA!r} expected)")
    try:
        return validated(data)
    except ReportFormatError as exc:
        raise ReportFormatError(f"{path}: not a valid verify report: {exc}") from None


def render(report: Report | dict, fmt: str = "text", *, color: bool = False, **options: Any) -> str:
    """The report in one of FORMATS; options go to the exports (author, publisher...)."""
    data = report if isinstance(report, dict) else to_dict(report)
    if fmt == "json":
        return to_json(data)
    if fmt == "markdown":
        return _markdown(data)
    if fmt == "text":
        return _text(data, color=color)
    if fmt == "html":
        from .html import render_html

        return render_html(data)
    if fmt == "csv":
        from .exports import render_csv

        return render_csv(data)
    if fmt == "claimreview":
        from .exports import render_claimreview

        return render_claimreview(data, **options)
    raise ValueError(f"unknown format {fmt!r}")


def _outlets(data: dict) -> dict[str, str]:
    return {s["id"]: str(s.get("outlet") or s["id"]) for s in data["sources"]}


def _dates(data: dict) -> dict[str, str]:
    return {s["id"]: str(s.get("published") or "date unknown") for s in data["sources"]}


def summary_line(data: dict) -> str:
    """Counted from the findings themselves, not from a stored summary that may disagree."""
    counts = Counter(f["kind"] for f in data["findings"])
    parts = [f"{counts.get(k, 0)} {k.replace('_', '-')}" for k in KINDS]
    return f"{len(data['sources'])} sources: " + ", ".join(parts)


def _text(data: dict, *, color: bool) -> str:
    import click

    def style(s: str, **kw: Any) -> str:
        return click.style(s, **kw) if color else s

    def t(value: object) -> str:  # every field from the data: one line, no control characters
        return clean(value, one_line=True)

    outlets, dates = _outlets(data), _dates(data)
    colours = {"contradiction": "red", "uncertain": "yellow", "agreement": "green"}
    lines = [style(summary_line(data), bold=True), ""]
    for s in data["sources"]:
        lines.append(f"  [{t(s['id'])}] {t(s.get('outlet') or 'outlet unknown')} · {t(dates[s['id']])} · {t(s.get('title') or '(no title)')}")
    for p in data.get("problems", []):
        label = "skipped" if p.get("skipped", True) else "note:"
        lines.append(style(f"  {label} {t(p['source'])}: {t(p['message'])}", fg="red" if p.get("skipped", True) else "yellow"))
    for kind in ("contradiction", "uncertain", "agreement"):
        items = [f for f in data["findings"] if f["kind"] == kind]
        if not items:
            continue
        lines += ["", style(f"{kind.upper()} ({len(items)})", fg=colours[kind], bold=True)]
        for f in items:
            lines.append(style(f"● [{t(f['aspect'])}] {t(f['summary'])}  (confidence {float(f['confidence']):.2f})", fg=colours[kind]))
            for e in f["evidence"]:
                quote = " ".join(t(e["quote"]).split())
                lines.append(f"    {t(outlets.get(e['source'], e['source']))}, {t(dates.get(e['source'], ''))} "
                             f"[{int(e['start'])}:{int(e['end'])}]: “{quote}”")
    single = sum(1 for f in data["findings"] if f["kind"] == "single_source")
    if single:
        lines += ["", f"{single} claims are made by one outlet only (see --format json or markdown)."]
    return "\n".join(lines) + "\n"


def _md_escape(text: object) -> str:
    """Any field as inert Markdown: no HTML, links, entities or emphasis from the
    data, no control characters, one line."""
    out = clean(text).replace("\\", "\\\\")
    for ch in "`*_[]<>#|&~":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def _markdown(data: dict) -> str:
    outlets, dates = _outlets(data), _dates(data)
    lines = ["# Discrepancy report", "", summary_line(data), "", "## Sources", "",
             "| id | outlet | published | title |", "|---|---|---|---|"]
    m = _md_escape
    for s in data["sources"]:
        lines.append(f"| {m(s['id'])} | {m(s.get('outlet') or 'outlet unknown')} | {m(dates[s['id']])} | {m(s.get('title') or '')} |")
    if data.get("problems"):
        lines += ["", "Skipped sources:", ""] + [f"- {m(p['source'])}: {m(p['message'])}" for p in data["problems"]]
    titles = {"contradiction": "Contradictions", "uncertain": "Uncertain: for a person to judge",
              "agreement": "Agreements", "single_source": "Claims made by one outlet only"}
    for kind in KINDS:
        items = [f for f in data["findings"] if f["kind"] == kind]
        if not items:
            continue
        lines += ["", f"## {titles[kind]} ({len(items)})", ""]
        for f in items:
            lines.append(f"- **{m(f['aspect'])}** · {m(f['summary'])} (confidence {float(f['confidence']):.2f})")
            for e in f["evidence"]:
                value = f" — value: {m(e['value'])}" if e.get("value") else ""
                lines.append(f"  - {m(outlets.get(e['source'], e['source']))} ({m(dates.get(e['source'], ''))}), "
                             f"chars {int(e['start'])}–{int(e['end'])}: “{m(e['quote'])}”{value}")
    return "\n".join(lines) + "\n"


def claims_jsonl(claims: list[Claim]) -> str:
    return "".join(_json_escape_controls(json.dumps(claim_dict(c), ensure_ascii=False)) + "\n" for c in claims)


def _mode_for(path: Path) -> int:
    """The replaced file's mode, or what the umask gives a new file (not mkstemp's 0600)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_atomic(path: str | Path, text: str) -> None:
    """Write text to path via a temporary file and a rename: all or nothing.

    Only a regular file (or nothing) is replaced: a rename onto a device, a
    FIFO or a socket would destroy it. The temporary name is short, so any
    name the file system takes can be written."""
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise OutputError(f"{path}: not a regular file; verify never replaces one")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".verify-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
