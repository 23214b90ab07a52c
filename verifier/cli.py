"""The `verify` command: a thin layer over the library.

Each command parses options, checks where it will write (before any work),
calls one library function, and turns the library's exceptions into a one-line
message and an ExitStatus. Every message is stripped of control characters
and folded to one line: a file name or an outlet cannot clear the screen or
forge a line of its own. Nothing here imports torch: the model loads only
when `compare` reaches the embedding stage.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import click

from .errors import ExitStatus, VerifyError

FORMATS = ["text", "json", "markdown", "html", "csv", "claimreview"]  # verifier.report.FORMATS, without importing it


_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # verifier.report.clean's


def one_line(message: object) -> str:
    """A message safe for a terminal: the lines of a multi-line message joined by
    "; ", then every control character (escape sequences, carriage returns) dropped."""
    parts = [p.strip() for p in re.split("[\r\n\u2028\u2029\x85]+", str(message))]
    return _CONTROLS.sub("", "; ".join(p for p in parts if p)).replace("\t", " ")


def _say(message: object) -> None:
    click.echo(f"verify: {one_line(message)}", err=True)


class _Failure(click.ClickException):
    def __init__(self, message: object):
        super().__init__(one_line(message))


class _SafeGroup(click.Group):
    """Click's own messages quote what the user typed (a file name): cleaned too."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.ClickException as exc:
            exc.message = one_line(exc.message)
            raise


def _color() -> bool:
    return "NO_COLOR" not in os.environ and sys.stdout.isatty()


def _report_problems(problems) -> None:
    for p in problems:
        _say(f"{'skipped' if p.skipped else 'note:'} {one_line(p.source)}: {p.message}")


def _stdin(sources: tuple[str, ...]):
    return sys.stdin.buffer if "-" in sources else None  # read under the size cap by the library


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
    f = force_option(f)
    return f


def force_option(f):
    return click.option("--force", is_flag=True,
                        help="Write -o even where it is a source or inside a source folder (never over a device or FIFO).")(f)


def _check_output(output: Path | None, inputs, force: bool, *, folder: bool = False) -> None:
    """Refuse a bad -o before any work (see verifier.report.targets)."""
    if output is None:
        return
    from . import report

    try:
        (report.check_folder_target if folder else report.check_file_target)(output, inputs, force=force)
    except VerifyError as exc:
        raise _Failure(exc) from None


def _write(data, fmt: str, output: Path | None, options: dict) -> None:
    from . import report

    text = report.render(data, fmt, color=_color() and output is None, **options)
    if output:
        try:
            report.write_atomic(output, text)
        except OSError as exc:
            raise _Failure(f"{output}: cannot be written ({exc.strerror or exc})") from None
        _say(f"{report.summary_line(data)}; report written to {output}")
    else:
        click.echo(text, nl=False, color=_color())


def _export_options(author, publisher, review_url, review_date) -> dict:
    return {"author": author, "publisher": publisher, "review_url": review_url, "date_published": review_date}


@click.group(cls=_SafeGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
def compare(sources: tuple[str, ...], fmt: str, output: Path | None, author, publisher, review_url, review_date,
            fail_on: str | None, force: bool, outlet: str | None, cache_dir: Path | None, no_cache: bool, refresh: bool,
            encoder: str, quiet: bool) -> None:
    """Compare the claims of SOURCES: files (.txt, .md, .html, .json, .jsonl),
    folders of them, http(s) URLs, or - for standard input."""
    _check_output(output, sources, force)
    from . import pipeline, report

    progress = _Progress(not quiet and sys.stderr.isatty())
    try:
        result = pipeline.compare(list(sources), outlet=outlet, cache_dir=cache_dir, use_cache=not no_cache,
                                  refresh=refresh, stdin=_stdin(sources), encoder=encoder, progress=progress)
        progress.close()
        _write(report.to_dict(result), fmt, output, _export_options(author, publisher, review_url, review_date))
    except VerifyError as exc:
        progress.close()
        raise _Failure(exc) from None
    _report_problems(result.problems)
    _exit_for(result.problems, result.findings, fail_on)


@main.command()
@click.argument("report_file", metavar="REPORT.json", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@output_options
def show(report_file: Path, fmt: str, output: Path | None, author, publisher, review_url, review_date, fail_on: str | None,
         force: bool) -> None:
    """Render a saved JSON report in any format, without recomputing."""
    _check_output(output, [report_file], force)
    from . import report

    try:
        data = report.load_report(report_file)
        _write(data, fmt, output, _export_options(author, publisher, review_url, review_date))
    except VerifyError as exc:
        raise _Failure(exc) from None
    _exit_for([], data["findings"], fail_on)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for one SOURCE_ID.jsonl file of claims per source.")
@source_options
@force_option
def extract(sources: tuple[str, ...], out_dir: Path, outlet: str | None, cache_dir: Path | None, no_cache: bool, refresh: bool,
            force: bool) -> None:
    """Write the claims of each source as JSON Lines, for reading and review."""
    _check_output(out_dir, sources, force, folder=True)
    from . import claims as claims_stage
    from . import pipeline, report
    from .records import Problem

    try:
        srcs, claims, problems = pipeline.extract(list(sources), outlet=outlet, stdin=_stdin(sources), cache_dir=cache_dir,
                                                  use_cache=not no_cache, refresh=refresh)
        names = report.file_names([s.id for s in srcs], ".jsonl")
        report.check_written_files([out_dir / names[s.id] for s in srcs], sources, force=force)
        by_source: dict[str, list] = {s.id: [] for s in srcs}
        for c in claims:
            by_source[c.source].append(c)
        cap = claims_stage.MAX_CLAIMS_PER_SOURCE
        problems = list(problems) + [Problem(s.path, f"more than {cap} claims: only the first {cap} were written", skipped=False)
                                     for s in srcs if len(by_source[s.id]) >= cap]
        for s in srcs:
            report.write_atomic(out_dir / names[s.id], report.claims_jsonl(by_source[s.id]))
    except VerifyError as exc:
        raise _Failure(exc) from None
    except OSError as exc:
        raise _Failure(f"{out_dir}: cannot be written ({exc.strerror or exc})") from None
    _say(f"{len(claims)} claims from {len(srcs)} sources written to {out_dir}")
    _report_problems(problems)
    if not srcs:
        sys.exit(ExitStatus.ERROR)
    _exit_for(problems)


if __name__ == "__main__":  # pragma: no cover
    main()
