"""Exception types of the package and the CLI's exit statuses.

The library raises these and never prints or exits; the CLI turns them into
a one-line message and an `ExitStatus`.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    SUCCESS = 0
    ERROR = 1  # nothing usable: no source could be read, bad options
    USAGE = 2  # click's own code for bad usage
    SOURCES_SKIPPED = 3  # the report was written, but some sources were skipped
    FINDINGS = 4  # --fail-on: the report holds a contradiction (or an uncertain case)


class VerifyError(Exception):
    """Base class of every error verify raises on purpose."""


class SourceError(VerifyError):
    """A source that cannot be read; the message names it in one line."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class NoSourcesError(VerifyError):
    """None of the given sources could be read."""


class ReportFormatError(VerifyError):
    """A saved report that is not a verify report."""


class OutputError(VerifyError):
    """An output path verify refuses or cannot write; checked before any work."""
