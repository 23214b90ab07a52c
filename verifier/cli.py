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
        click.echo(f"verify: {'skipped' if p.skipped else 'note:'} {p.source}: {p.message}", err=True)


def _stdin(sources: tuple[str, ...]) -> bytes | None:
    return sys.stdin.buffer.read() if "-" in sources else None


def _exit_for(problems) -> None:
    if any(p.skipped for p in problems):
        sys.exit(ExitStatus.SOURCES_SKIPPED)


def source_options(f):
    """Options every command that reads sources shares."""
    f = click.option("--outlet", help="Outlet name for every source, overriding what is guessed.")(f)
    f = click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
                     help="Cache folder for fetched pages and embeddings [default: the user cache folder].")(f)
    f = click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")(f)
    f = click.option("--refresh", is_flag=True, help="Fetch URLs again even when they are in the cache.")(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="verify")
def main() -> None:
    """Compare what several articles claim: agreements, contradictions,
    uncertain cases and claims only one outlet makes."""


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to this file (atomically).")
@source_options
def compare(sources: tuple[str, ...], fmt: str, output: Path | None, outlet: str | None, cache_dir: Path | None,
            no_cache: bool, refresh: bool) -> None:
    """Compare the claims of SOURCES: files (.txt, .md, .html, .json, .jsonl),
    folders of them, http(s) URLs, or - for standard input."""
    from . import pipeline, report

    try:
        result = pipeline.compare(list(sources), outlet=outlet, cache_dir=cache_dir, use_cache=not no_cache,
                                  refresh=refresh, stdin=_stdin(sources))
        text = report.render(result, fmt, color=_color() and output is None)
        if output:
            report.write_atomic(output, text)
            click.echo(f"verify: {report.summary_line(report.to_dict(result, with_claims=False))}; report written to {output}", err=True)
        else:
            click.echo(text, nl=False, color=_color())
    except VerifyError as exc:
        raise click.ClickException(str(exc)) from None
    _report_problems(result.problems)
    _exit_for(result.problems)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for one SOURCE_ID.jsonl file of claims per source.")
@source_options
def extract(sources: tuple[str, ...], out_dir: Path, outlet: str | None, cache_dir: Path | None, no_cache: bool, refresh: bool) -> None:
    """Write the claims of each source as JSON Lines, for reading and review."""
    from . import pipeline, report

    try:
        srcs, claims, problems = pipeline.extract(list(sources), outlet=outlet, stdin=_stdin(sources), cache_dir=cache_dir,
                                                  use_cache=not no_cache, refresh=refresh)
        for s in srcs:
            report.write_atomic(out_dir / f"{s.id}.jsonl", report.claims_jsonl([c for c in claims if c.source == s.id]))
    except VerifyError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"verify: {len(claims)} claims from {len(srcs)} sources written to {out_dir}", err=True)
    _report_problems(problems)
    if not srcs:
        sys.exit(ExitStatus.ERROR)
    _exit_for(problems)


if __name__ == "__main__":  # pragma: no cover
    main()
