"""The `verify` command: a thin layer over the library.

Each command parses options, calls one library function, and turns the
library's exceptions into a one-line message and an ExitStatus. Nothing here
imports torch: the model loads only when `compare` reaches the embedding stage.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .errors import ExitStatus, VerifyError

FORMATS = ["text", "json", "markdown", "html", "csv", "claimreview"]  # verifier.report.FORMATS, without importing it


def _color() -> bool:
    return "NO_COLOR" not in os.environ and sys.stdout.isatty()


def _report_problems(problems) -> None:
    for p in problems:
        click.echo(f"verify: {'skipped' if p.skipped else 'note:'} {p.source}: {p.message}", err=True)


def _stdin(sources: tuple[str, ...]) -> bytes | None:
    return sys.stdin.buffer.read() if "-" in sources else None


def _exit_for(problems, findings=(), fail_on: str | None = None) -> None:
    kinds = {f.kind if hasattr(f, "kind") else f["kind"] for f in findings}
    if fail_on == "contradiction" and "contradiction" in kinds or fail_on == "uncertain" and kinds & {"contradiction", "uncertain"}:
        sys.exit(ExitStatus.FINDINGS)
    if any(p.skipped if hasattr(p, "skipped") else p.get("skipped", True) for p in problems):
        sys.exit(ExitStatus.SOURCES_SKIPPED)


class _Progress:
    """One status line on stderr, only when stderr is a terminal and not --quiet."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.width = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        bar = ""
        if total > 1:
            filled = int(24 * done / total)
            bar = f" [{'#' * filled}{'.' * (24 - filled)}] {done}/{total}"
        line = f"verify: {stage}{bar}"
        click.echo("\r" + line.ljust(self.width), nl=False, err=True)
        self.width = len(line)

    def close(self) -> None:
        if self.enabled and self.width:
            click.echo("\r" + " " * self.width + "\r", nl=False, err=True)


def source_options(f):
    """Options every command that reads sources shares."""
    f = click.option("--outlet", help="Outlet name for every source, overriding what is guessed.")(f)
    f = click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
                     help="Cache folder for fetched pages and embeddings [default: the user cache folder].")(f)
    f = click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")(f)
    f = click.option("--refresh", is_flag=True, help="Fetch URLs again even when they are in the cache.")(f)
    return f


def output_options(f):
    """Options for writing a report, shared by `compare` and `show`."""
    f = click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Report format.")(f)
    f = click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
                     help="Write the report to this file (atomically).")(f)
    f = click.option("--author", help="ClaimReview: the fact-checking organisation that reviews.")(f)
    f = click.option("--publisher", help="ClaimReview: the publisher of the review.")(f)
    f = click.option("--review-url", help="ClaimReview: the URL where the review is published.")(f)
    f = click.option("--review-date", help="ClaimReview: the review's publication date (YYYY-MM-DD).")(f)
    f = click.option("--fail-on", type=click.Choice(["contradiction", "uncertain"]),
                     help="Exit with status 4 when the report holds a contradiction (or, for 'uncertain', either).")(f)
    return f


def _write(data, fmt: str, output: Path | None, options: dict) -> None:
    from . import report

    text = report.render(data, fmt, color=_color() and output is None, **options)
    if output:
        report.write_atomic(output, text)
        click.echo(f"verify: {report.summary_line(data)}; report written to {output}", err=True)
    else:
        click.echo(text, nl=False, color=_color())


def _export_options(author, publisher, review_url, review_date) -> dict:
    return {"author": author, "publisher": publisher, "review_url": review_url, "date_published": review_date}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="verify")
def main() -> None:
    """Compare what several articles claim: agreements, contradictions,
    uncertain cases and claims only one outlet makes."""


@main.command()
@click.argument("sources", nargs=-1, required=True)
@output_options
@source_options
@click.option("--encoder", type=click.Choice(["default", "quantized", "static"]), default="default", show_default=True,
              help="Sentence encoder: the packaged model (most accurate), int8-quantised, or a static model distilled from it.")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
@click.option("--scheduler", metavar="tcp://HOST:8786",
              help="Read, extract and embed on this Dask cluster (pip install -e '.[dask]'); workers must see the files.")
@click.option("--workers", type=click.IntRange(min=1), metavar="N",
              help="Read, extract and embed on a local Dask cluster of N worker processes.")
def compare(sources: tuple[str, ...], fmt: str, output: Path | None, author, publisher, review_url, review_date,
            fail_on: str | None, outlet: str | None, cache_dir: Path | None, no_cache: bool, refresh: bool, encoder: str,
            quiet: bool, scheduler: str | None, workers: int | None) -> None:
    """Compare the claims of SOURCES: files (.txt, .md, .html, .json, .jsonl),
    folders of them, http(s) URLs, or - for standard input."""
    from . import pipeline, report

    progress = _Progress(not quiet and sys.stderr.isatty())
    try:
        result = pipeline.compare(list(sources), outlet=outlet, cache_dir=cache_dir, use_cache=not no_cache,
                                  refresh=refresh, stdin=_stdin(sources), encoder=encoder, progress=progress,
                                  scheduler=scheduler, workers=workers)
        progress.close()
        _write(report.to_dict(result), fmt, output, _export_options(author, publisher, review_url, review_date))
    except VerifyError as exc:
        progress.close()
        raise click.ClickException(str(exc)) from None
    _report_problems(result.problems)
    _exit_for(result.problems, result.findings, fail_on)


@main.command()
@click.argument("report_file", metavar="REPORT.json", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@output_options
def show(report_file: Path, fmt: str, output: Path | None, author, publisher, review_url, review_date, fail_on: str | None) -> None:
    """Render a saved JSON report in any format, without recomputing."""
    from . import report

    try:
        data = report.load_report(report_file)
        _write(data, fmt, output, _export_options(author, publisher, review_url, review_date))
    except VerifyError as exc:
        raise click.ClickException(str(exc)) from None
    _exit_for([], data["findings"], fail_on)


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
            report.write_atomic(out_dir / report.safe_file_name(s.id, ".jsonl"), report.claims_jsonl([c for c in claims if c.source == s.id]))
    except VerifyError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"verify: {len(claims)} claims from {len(srcs)} sources written to {out_dir}", err=True)
    _report_problems(problems)
    if not srcs:
        sys.exit(ExitStatus.ERROR)
    _exit_for(problems)


if __name__ == "__main__":  # pragma: no cover
    main()
