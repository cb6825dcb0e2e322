"""The command line: a thin layer that builds the library's objects and turns results into exit codes.

Exit codes: 0 everything was good, 1 some input was rejected or invalid, 2 usage error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .build import DEFAULT_MAX_BYTES, OutputDirError, build_dataset, load_article, printable_path
from .errors import Reject
from .rules import duplicate_id_issues, record_issues
from .splits import DEFAULT_SPLITS, SplitSpecError, parse_split_spec

EXIT_OK, EXIT_REJECTS, EXIT_USAGE = 0, 1, 2


def _splits(ctx, param, value):
    try:
        return parse_split_spec(value)
    except SplitSpecError as exc:
        raise click.BadParameter(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="corpus-builder")
def cli():
    """Build a validated Hugging Face dataset from raw scraped news articles."""


@cli.command()
@click.option("--raw", "raw_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default="raw",
              show_default=True, help="Folder of raw article files (read recursively).")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default="dataset", show_default=True,
              help="Dataset folder to write; replaced if it holds an earlier build.")
@click.option("--splits", default=DEFAULT_SPLITS, show_default=True, callback=_splits,
              help="Split names and ratios; a record's split is a hash of its id.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Files larger than this are rejected as too-large.")
@click.option("--name", "pretty_name", default="News articles", show_default=True, help="The dataset's pretty name in the card.")
def build(raw_dir, out_dir, splits, max_bytes, pretty_name):
    """Build the dataset folder (Parquet, card, rejects.jsonl) from the raw folder."""
    try:
        result = build_dataset(raw_dir, out_dir, splits, max_bytes=max_bytes, pretty_name=pretty_name)
    except OutputDirError as exc:
        raise click.UsageError(str(exc)) from None
    s = result.summary
    click.echo(f"files read: {s['files_read']}")
    click.echo(f"records written: {s['records']} ({', '.join(f'{k}: {v}' for k, v in s['records_by_split'].items()) or 'no splits'})")
    by_type = ", ".join(f"{k}: {v}" for k, v in s["rejects_by_type"].items())
    click.echo(f"rejected: {s['rejected']}" + (f" ({by_type})" if by_type else ""))
    for reject in result.rejects:
        click.echo(f"  {reject.file}: {reject.type}: {reject.message}", err=True)
    click.echo(f"output: {result.out_dir}")
    sys.exit(EXIT_OK if result.ok else EXIT_REJECTS)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True)
def parse(files, max_bytes):
    """Parse raw FILES; print one JSON line per file: the record, or its error."""
    failed = False
    for path in files:
        result = load_article(path, printable_path(path.name), max_bytes)
        if isinstance(result, Reject):
            failed = True
            out = {"source": str(path), "error": {"type": result.type, "message": result.message}}
        else:
            out = result
        click.echo(json.dumps(out, ensure_ascii=False))
    sys.exit(EXIT_REJECTS if failed else EXIT_OK)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def validate(file, fmt):
    """Validate the records of a JSONL FILE (one record per line) against the schema and record rules."""
    records, problems = [], []
    with open(file, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                value = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                problems.append({"line": lineno, "type": "invalid-json", "path": "$", "message": f"not UTF-8: {exc.reason} at byte {exc.start}"})
                continue
            except (ValueError, RecursionError) as exc:  # JSONDecodeError, oversized ints, deep nesting
                problems.append({"line": lineno, "type": "invalid-json", "path": "$", "message": str(exc) or type(exc).__name__})
                continue
            records.append((lineno, value))
            for issue in record_issues(value):
                problems.append({"line": lineno, **issue.to_dict()})
    for k, issue in duplicate_id_issues([v for _, v in records]).items():
        problems.append({"line": records[k][0], **issue.to_dict()})
    problems.sort(key=lambda p: p["line"])
    for p in problems:
        if fmt == "json":
            click.echo(json.dumps(p, ensure_ascii=False))
        else:
            click.echo(f"{file}:{p['line']}: {p['type']}: {p['path']}: {p['message']}")
    if fmt == "text":
        click.echo(f"{len(records)} records, {len(problems)} problems", err=True)
    sys.exit(EXIT_REJECTS if problems else EXIT_OK)


def main(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="corpus-builder", standalone_mode=True)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    return EXIT_OK
