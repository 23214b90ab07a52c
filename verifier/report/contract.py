"""The JSON report contract, checked when a saved report is read back.

`verify show` renders files it did not write: anything in them may be wrong
or hostile. The structure is checked against a JSON Schema (the contract in
report-format.md plus what `to_dict` writes), then what a schema cannot say:
evidence and claims name sources of the report, offsets fall inside the
source text and the quote is that text. The first problem is named by its
field path ("findings[3].evidence[0].start: ..."), in one line.
"""

from __future__ import annotations

import functools
import math
from typing import Any

KINDS = ("contradiction", "uncertain", "agreement", "single_source")

_OFFSET = {"type": "integer", "minimum": 0}
_LABEL = {"type": ["string", "number", "null"]}  # shown, never computed with: a number is shown as text
_ID = {"type": ["string", "number"]}
_VALUE = {
    "type": "object",
    "required": ["kind", "start", "end"],
    "properties": {
        "kind": {"type": "string"}, "start": _OFFSET, "end": _OFFSET, "text": _LABEL,
        "earliest": {"type": ["string", "null"]}, "latest": {"type": ["string", "null"]},
        "granularity": {"type": ["string", "null"]}, "year_known": {"type": "boolean"},
    },
}
SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["schema", "sources", "findings"],
    "properties": {
        "schema": {"const": "verify-report/1"},
        "summary": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
        "sources": {"type": "array", "items": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": _ID, "path": _LABEL, "outlet": _LABEL, "title": _LABEL, "published": _LABEL,
                "published_inferred": {"type": ["boolean", "null"]}, "kind": _LABEL, "author": _LABEL, "url": _LABEL,
                "text": {"type": ["string", "null"]},
            },
        }},
        "entities": {"type": "array", "items": {
            "type": "object",
            "properties": {"id": _ID, "name": _LABEL, "type": _LABEL,
                           "variants": {"type": "array", "items": _LABEL}, "sources": {"type": "array", "items": _ID}},
        }},
        "findings": {"type": "array", "items": {
            "type": "object",
            "required": ["kind", "aspect", "confidence", "summary", "evidence"],
            "properties": {
                "kind": {"enum": list(KINDS)},
                "aspect": {"type": "string"},
                "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                "summary": _LABEL,
                "evidence": {"type": "array", "items": {
                    "type": "object",
                    "required": ["source", "quote", "start", "end"],
                    "properties": {"source": _ID, "quote": {"type": "string"}, "start": _OFFSET, "end": _OFFSET,
                                   "value": _LABEL, "claim": {"type": ["string", "number", "null"]}},
                }},
            },
        }},
        "problems": {"type": "array", "items": {
            "type": "object",
            "required": ["source", "message"],
            "properties": {"source": _LABEL, "message": _LABEL, "skipped": {"type": "boolean"}},
        }},
        "claims": {"type": "array", "items": {
            "type": "object",
            "required": ["id", "source", "start", "end", "text"],
            "properties": {"id": _ID, "source": _ID, "start": _OFFSET, "end": _OFFSET, "text": {"type": "string"},
                           "values": {"type": "array", "items": _VALUE}},
        }},
    },
}


def _where(path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the report"


@functools.cache
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(SCHEMA)


def _display(value: Any) -> Any:
    """A number where text is expected becomes its text (an integral float its int's)."""
    if isinstance(value, float) and value.is_integer() and math.isfinite(value):
        value = int(value)
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


def _offsets(item: dict) -> None:
    for key in ("start", "end"):
        item[key] = int(item[key])  # the schema let through 3.0: an int from here on


_LABELS = {
    "sources": ("id", "path", "outlet", "title", "published", "kind", "author", "url"),
    "entities": ("id", "name", "type"),
    "problems": ("source", "message"),
    "claims": ("id", "source"),
}


def normalise(data: dict) -> dict:
    """The report with shown fields as text and offsets as ints (a new dict)."""
    import copy

    data = copy.deepcopy(data)
    for section, keys in _LABELS.items():
        for item in data.get(section) or []:
            for key in keys:
                if key in item:
                    item[key] = _display(item[key])
    for e in data.get("entities") or []:
        e["variants"] = [_display(v) for v in e.get("variants") or []]
        e["sources"] = [_display(v) for v in e.get("sources") or []]
    for f in data["findings"]:
        f["summary"] = _display(f["summary"])
        for ev in f["evidence"]:
            ev["source"] = _display(ev["source"])
            if "value" in ev:
                ev["value"] = _display(ev["value"])
            if ev.get("claim") is not None:
                ev["claim"] = _display(ev["claim"])
            _offsets(ev)
    for c in data.get("claims") or []:
        _offsets(c)
        for v in c.get("values") or []:
            _offsets(v)
            if "text" in v:
                v["text"] = _display(v["text"])
    return data


def validated(data: Any) -> dict:
    """The report, normalised, or ReportFormatError naming the first wrong field."""
    from jsonschema.exceptions import best_match

    from ..errors import ReportFormatError

    err = best_match(_validator().iter_errors(data))
    if err is not None:
        message = err.message if len(err.message) <= 120 else err.message[:117] + "..."
        raise ReportFormatError(f"{_where(err.absolute_path)}: {message}")
    data = normalise(data)
    wrong = _inconsistency(data)
    if wrong:
        raise ReportFormatError(wrong)
    return data


def _inconsistency(data: dict) -> str | None:
    """What a schema cannot say: references between parts, offsets against the text."""
    texts: dict[str, str | None] = {}
    for i, s in enumerate(data["sources"]):
        if s["id"] in texts:
            return f"sources[{i}].id: {s['id']!r} is given twice"
        texts[s["id"]] = s.get("text")
    claims = set()
    for i, c in enumerate(data.get("claims") or []):
        if c["source"] not in texts:
            return f"claims[{i}].source: {c['source']!r} is not a source of the report"
        if c["start"] > c["end"]:
            return f"claims[{i}]: start is after end"
        claims.add(c["id"])
    for i, f in enumerate(data["findings"]):
        if not math.isfinite(f["confidence"]):
            return f"findings[{i}].confidence: not a number between 0 and 1"
        for j, ev in enumerate(f["evidence"]):
            where = f"findings[{i}].evidence[{j}]"
            if ev["source"] not in texts:
                return f"{where}.source: {ev['source']!r} is not a source of the report"
            if ev["start"] > ev["end"]:
                return f"{where}: start is after end"
            text = texts[ev["source"]]
            if text is not None and text[ev["start"]:ev["end"]] != ev["quote"]:
                return f"{where}.quote: not the source's text at [{ev['start']}:{ev['end']}]"
            if ev.get("claim") is not None and "claims" in data and ev["claim"] not in claims:
                return f"{where}.claim: {ev['claim']!r} is not a claim of the report"
    return None
