"""The command line: `python -m pipeline` / `vnpress` with run, eval, crawl, bench and report."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import tempfile

from pipeline.config import ConfigError, load_config

# Commands that live in their own modules: (name, module). Each module has add_arguments(parser)
# and main(args) -> int, and a docstring whose first line is the command's help.
COMMAND_MODULES: list[tuple[str, str]] = [
    ("crawl", "pipeline.crawl.command"), ("bench", "pipeline.tools.bench"), ("report", "pipeline.write.report"),
]

RUN_EXAMPLES = """examples:
  vnpress run data/raw --out data/processed
  vnpress run archive/*.warc.gz --out out --workers 2 --format both
  vnpress run corpus/ --out out --engine dask --scheduler tcp://10.0.0.5:8786
  vnpress run pages/ --out out --excel          # CSV that Excel opens with diacritics intact
"""
EVAL_EXAMPLES = """examples:
  vnpress eval --gold ../shared/corpus/gold.jsonl --input ../shared/corpus
  vnpress eval --gold gold.jsonl --input corpus/ --misses --without ner_places
"""


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", help="TOML configuration merged over the defaults")
    p.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    p.add_argument("--verbose", action="store_true", help="log what each stage does")


def _engine_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=int, default=None, help="local worker processes (default 1)")
    p.add_argument("--engine", choices=["local", "dask"], default=None, help="local processes or Dask distributed")
    p.add_argument("--scheduler", help="Dask scheduler address (default: a LocalCluster)")
    p.add_argument("--format", choices=["csv", "parquet", "both"], default=None, help="table format (default csv)")
    p.add_argument("--excel", action="store_true", help="CSV with a BOM and formula-like cells made inert")
    p.add_argument("--without", action="append", default=[], metavar="EXTRACTOR",
                   help="switch one extractor off (repeatable)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command."""
    parser = argparse.ArgumentParser(prog="vnpress", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="extract articles from files, folders, WARC archives and URL lists",
                       epilog=RUN_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", help="files or folders (.txt, .html, .htm, .warc, .warc.gz, .urls)")
    p.add_argument("--out", required=True, help="folder for articles.csv, facts.csv, errors.csv")
    _engine_args(p)
    _common(p)

    p = sub.add_parser("eval", help="precision, recall and F1 per field against a gold file",
                       epilog=EVAL_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--gold", required=True, help="gold JSON Lines (shared/corpus/ANNOTATION.md)")
    p.add_argument("--input", required=True, help="folder of articles to extract")
    p.add_argument("--misses", action="store_true", help="list every disagreement")
    p.add_argument("--out", help="keep the tables in this folder (default: a temporary one)")
    p.add_argument("--without", action="append", default=[], metavar="EXTRACTOR",
                   help="switch one extractor off (repeatable), to measure what it contributes")
    _common(p)

    for name, module in COMMAND_MODULES:
        mod = importlib.import_module(module)
        p = sub.add_parser(name, help=(mod.__doc__ or name).strip().splitlines()[0],
                           epilog=getattr(mod, "EXAMPLES", None), formatter_class=argparse.RawDescriptionHelpFormatter)
        mod.add_arguments(p)
        _common(p)
    return parser


def _run(args, cfg) -> int:
    from pipeline.run.progress import Progress
    from pipeline.run.runner import RunLocked, run

    rc = cfg.get("run", {})
    try:
        summary = run(args.inputs, args.out, cfg, workers=args.workers or rc.get("workers", 1),
                      engine=args.engine or rc.get("engine", "local"), scheduler=args.scheduler,
                      fmt=args.format or rc.get("format", "csv"), excel=args.excel or rc.get("excel", False),
                      without=tuple(args.without), progress=Progress(args.quiet))
    except RunLocked as e:
        print(f"vnpress: {e}", file=sys.stderr)
        return 2
    if not args.quiet:
        for line in summary.lines():
            print(line, file=sys.stderr)
        if summary.rejected:
            print(f"{summary.rejected} input(s) rejected: see {args.out}/errors.csv", file=sys.stderr)
    return summary.exit_code


def _eval(args, cfg) -> int:
    from pipeline.run.runner import run
    from pipeline.tools.evaluate import format_report, score

    with tempfile.TemporaryDirectory(prefix="vnpress-eval-") as tmp:
        out = args.out or tmp
        run([args.input], out, cfg, without=tuple(args.without))
        report, misses, n_gold, matched = score(args.gold, out)
    if args.misses:
        for file, fld, missed, extra in misses:
            print(f"  {file} {fld}: missed {missed} extra {extra}")
    for line in format_report(report, n_gold, matched):
        print(line)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status (0 ok, 1 some inputs rejected, 2 usage or config error)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    logging.basicConfig(level=logging.INFO if getattr(args, "verbose", False) else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        cfg = load_config(getattr(args, "config", None))
        if args.command == "run":
            return _run(args, cfg)
        if args.command == "eval":
            return _eval(args, cfg)
        for name, module in COMMAND_MODULES:
            if args.command == name:
                return importlib.import_module(module).main(args, cfg)
    except ConfigError as e:
        print(f"vnpress: {e}", file=sys.stderr)
        return 2
    except KeyError as e:
        print(f"vnpress: {e.args[0] if e.args else e}", file=sys.stderr)
        return 2
    parser.error(f"unknown command {args.command}")
    return 2
