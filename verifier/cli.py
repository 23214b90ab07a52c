"""The `verify` command: a thin layer over the library.

Each command parses options, calls one library function, and turns the
library's exceptions into a one-line message and an ExitStatus.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .errors import ExitStatus, VerifyError

FORMATS = ["text", "json", "markdown"]


def _color() -> bool:
    return "NO_COLOR" not in os.environ and sys.stdout.isatty()


def _report_problems(problems) -> None:
    for p in problems:
        click.echo(f"verify: skipped {p.source}: {p.message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="verify")
def main() -> None:
    """Compare what several articles claim: agreements, contradictions,
    uncertain cases and claims only one outlet makes."""


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to this file (atomically).")
@click.option("--outlet", help="Outlet name for every source, overriding what is guessed from the text.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), help="Keep embeddings here across runs.")
def compare(sources: tuple[str, ...], fmt: str, output: Path | None, outlet: str | None, cache_dir: Path | None) -> None:
    """Compare the claims of SOURCES (files or folders of .txt/.md articles)."""
    from . import pipeline, report

    try:
        result = pipeline.compare(list(sources), outlet=outlet, cache_dir=cache_dir)
        text = report.render(result, fmt, color=_color() and output is None)
        if output:
            report.write_atomic(output, text)
            click.echo(f"verify: {report.summary_line(report.to_dict(result, with_claims=False))}; report written to {output}", err=True)
        else:
            click.echo(text, nl=False, color=_color())
    except VerifyError as exc:
        raise click.ClickException(str(exc)) from None
    _report_problems(result.problems)
    if result.problems:
        sys.exit(ExitStatus.SOURCES_SKIPPED)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for one SOURCE_ID.jsonl file of claims per source.")
@click.option("--outlet", help="Outlet name for every source.")
def extract(sources: tuple[str, ...], out_dir: Path, outlet: str | None) -> None:
    """Write the claims of each source as JSON Lines, for reading and review."""
    from . import pipeline, report

    try:
        srcs, claims, problems = pipeline.extract(list(sources), outlet=outlet)
        for s in srcs:
            report.write_atomic(out_dir / f"{s.id}.jsonl", report.claims_jsonl([c for c in claims if c.source == s.id]))
    except VerifyError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"verify: {len(claims)} claims from {len(srcs)} sources written to {out_dir}", err=True)
    _report_problems(problems)
    if not srcs:
        sys.exit(ExitStatus.ERROR)
    if problems:
        sys.exit(ExitStatus.SOURCES_SKIPPED)


if __name__ == "__main__":  # pragma: no cover
    main()
