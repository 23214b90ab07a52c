"""Plain typed records passed between pipeline stages.

Every record that points at text carries a source id and character offsets
into that source's text, so any finding can be traced to the exact words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Source:
    """One article as read: its full text and what is known about it."""

    id: str
    path: str
    text: str
    outlet: str | None = None
    title: str | None = None
    published: datetime | None = None
    published_inferred: bool = False
    # (start, end) ranges of the text that are site furniture or metadata:
    # never claimed, but kept so offsets still point into the original text.
    furniture: tuple[tuple[int, int], ...] = ()
    kind: str = "text"  # text | html | url | record | stdin
    url: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Value:
    """A typed value found inside a claim (person, place, date, number...)."""

    kind: str  # person | organisation | place | role | date | number
    text: str
    start: int
    end: int
    norm: str = ""
    # dates: an inclusive interval, None meaning unbounded or unknown
    earliest: date | None = None
    latest: date | None = None
    granularity: str | None = None  # day | month | year | before | around | weekday
    month: int | None = None
    day: int | None = None
    year_known: bool = True
    inherited: bool = False  # a date of the same sentence, outside this clause
    # numbers
    number: float | None = None
    bound: str | None = None  # exact | at_least | at_most | about
    unit: str | None = None
    # roles: who holds it and how the text qualifies it in time
    holder: str | None = None
    qualifier: str | None = None  # former | then | newly | acting | None
    appointed: bool = False  # the text reports the appointment to this role


EVENT_TYPES = (
    "appointment", "resignation", "election", "death", "injury", "attack", "disaster", "justice",
    "meeting", "agreement", "transaction", "sports", "statement", "other",
)
ROLES = ("agent", "patient", "position", "organisation", "place", "time", "quantity")
POLARITIES = ("asserted", "negated")
MODALITIES = ("actual", "hedged", "expected", "future")


@dataclass(frozen=True, slots=True)
class Argument:
    """One argument of an event frame: its role and its typed value (with its span)."""

    role: str  # one of ROLES
    value: Value


@dataclass(frozen=True, slots=True)
class Frame:
    """What a claim reports: an event of a type, its trigger word(s) with their
    span, the arguments by role, and how the text commits to it."""

    type: str  # one of EVENT_TYPES
    trigger: str
    start: int
    end: int
    lemma: str = ""
    polarity: str = "asserted"  # asserted | negated: a negation on the trigger itself
    modality: str = "actual"  # actual | hedged | expected | future
    arguments: tuple[Argument, ...] = ()
    content_lemma: str = ""  # a statement's: the main verb of what it says ("came" of "the call came at 3:33, he said")

    def of_role(self, role: str) -> tuple[Value, ...]:
        return tuple(a.value for a in self.arguments if a.role == role)


@dataclass(frozen=True, slots=True)
class Claim:
    """One atomic statement of one source, with its exact span."""

    id: str
    source: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    values: tuple[Value, ...] = ()
    sentence: int = 0  # index of the sentence in the source, for context
    frame: Frame | None = None

    @property
    def predicate(self) -> str | None:
        """The event type, or None for a claim that reports no event of the inventory."""
        return self.frame.type if self.frame is not None and self.frame.type != "other" else None

    @property
    def negated(self) -> bool:
        return self.frame is not None and self.frame.polarity == "negated"

    def of_kind(self, kind: str) -> tuple[Value, ...]:
        return tuple(v for v in self.values if v.kind == kind)


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world person or organisation, under all its spellings."""

    id: str
    name: str
    type: str
    variants: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Evidence:
    source: str
    quote: str
    start: int
    end: int
    value: str | None = None
    claim: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # contradiction | agreement | uncertain | single_source
    aspect: str  # date | number | place | person | role | polarity | other
    confidence: float
    summary: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """A source that could not be read (skipped), or a notice about one that
    was (an encoding guessed, a redirect followed), in one line."""

    source: str
    message: str
    skipped: bool = True


@dataclass(frozen=True, slots=True)
class Report:
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...] = ()
    entities: tuple[Entity, ...] = ()
    findings: tuple[Finding, ...] = ()
    problems: tuple[Problem, ...] = ()
    timings: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
