"""verify: read articles, extract their claims, and compare them across outlets.

    import verifier
    report = verifier.compare(["sources/"])
    print(verifier.render(report, "markdown"))
"""

from .errors import ExitStatus, NoSourcesError, SourceError, VerifyError
from .pipeline import compare, compare_sources, extract
from .records import Claim, Entity, Evidence, Finding, Problem, Report, Source, Value
from .report import load_report, render, to_json, write_atomic

__version__ = "0.1.0"
__all__ = [
    "Claim", "Entity", "Evidence", "ExitStatus", "Finding", "NoSourcesError", "Problem", "Report", "Source",
    "SourceError", "Value", "VerifyError", "compare", "compare_sources", "extract", "load_report", "render",
    "to_json", "write_atomic",
]
