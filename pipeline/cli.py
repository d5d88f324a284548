"""The command line: `python -m pipeline` / `vnpress` with run, eval, crawl, bench and report.

This module holds the whole argument grammar and imports nothing heavy: each command's module (and
with it trafilatura, Dask, plotly, httpx…) is imported only when that command runs, so `--help`
answers at once.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import tempfile

from pipeline.config import ConfigError, load_config
from pipeline.run.lock import OutputError, RunLocked
from pipeline.settings import Settings
from pipeline.write.readback import NotATable

RUN_EXAMPLES = """examples:
  vnpress run data/raw --out data/processed
  vnpress run archive/*.warc.gz --out out --workers 2 --format both
  vnpress run corpus/ --out out --engine dask --scheduler tcp://10.0.0.5:8786
  vnpress run pages/ --out out --excel          # CSV that Excel opens with diacritics intact
  vnpress run corpus/ --out out --stats out/stats.json   # what each step read, dropped, produced, took
"""
EVAL_EXAMPLES = """examples:
  vnpress eval --gold ../shared/corpus/gold.jsonl --input ../shared/corpus
  vnpress eval --gold gold.jsonl --input corpus/ --misses --without ner_places
  vnpress eval --gold ../shared/corpus/gold.jsonl --input ../shared/corpus --measures tests/data/measures_gold.jsonl
  vnpress eval --gold ../shared/corpus/gold.jsonl --input ../shared/corpus \
               --gold ../shared/corpus-2025/gold.jsonl --input ../shared/corpus-2025 \
               --gold ../shared/corpus-mixed/gold.jsonl --input ../shared/corpus-mixed \
               --measures tests/data/measures_gold.jsonl       # all three corpora, attribution over all counts
"""
CRAWL_EXAMPLES = """examples:
  vnpress crawl --config crawl.toml
  # crontab: every night at 02:15, appending to data/processed
  15 2 * * * cd /srv/vnpress && .venv/bin/vnpress crawl --config crawl.toml --quiet >> crawl.log 2>&1
"""
BENCH_EXAMPLES = """examples:
  vnpress bench              # a readable summary
  vnpress bench --json       # one JSON object (the keys of shared/spec/CONTRACT.md)
  vnpress bench --size 500   # a quicker, smaller run
"""
REPORT_EXAMPLES = """examples:
  vnpress run data/raw --out data/processed && vnpress report --input data/processed
  xdg-open data/processed/report.html
"""
# Commands whose work lives in their own modules, imported when the command runs: main(args, settings).
COMMAND_MODULES = {"crawl": "pipeline.crawl.command", "bench": "pipeline.tools.bench",
                   "report": "pipeline.write.report", "export": "pipeline.nlp.export"}
EXPORT_EXAMPLES = """examples:
  vnpress export --input data/processed --format spacy train.spacy    # a DocBin for spacy train (spancat)
  vnpress export --input data/processed --format jsonl doccano.jsonl  # {"text", "label": [[s, e, kind]]}
"""


INPUT_TYPES = ".txt, .html, .htm, .mhtml, .mht, .warc, .warc.gz, .urls; the first five also gzipped, .html.gz"
# (what `run` reads: pipeline.read.inputs.KINDS; kept apart so that --help does not import the readers)


def _at_least(low: int):
    """An argparse type: a whole number no smaller than `low` (a negative worker count is a typo, not a request)."""

    def number(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"must be {low} or more, not {value}")
        return value

    return number


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", help="TOML configuration merged over the defaults")
    p.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    p.add_argument("--verbose", action="store_true", help="log what each stage does")


def _engine_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=_at_least(0), default=None,
                   help="local worker processes (default: [run] workers; 0: one per core)")
    p.add_argument("--engine", choices=["local", "dask"], default=None, help="local processes or Dask distributed")
    p.add_argument("--scheduler", help="Dask scheduler address (default: a LocalCluster)")
    p.add_argument("--format", choices=["csv", "parquet", "both"], default=None, help="table format (default csv)")
    p.add_argument("--excel", action="store_true", help="CSV with a BOM and formula-like cells made inert")


def _sub(sub, name: str, help_: str, examples: str | None = None) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=help_, epilog=examples, formatter_class=argparse.RawDescriptionHelpFormatter)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command."""
    parser = argparse.ArgumentParser(prog="vnpress", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = _sub(sub, "run", "extract articles from files, folders, WARC archives and URL lists", RUN_EXAMPLES)
    p.add_argument("inputs", nargs="+", help=f"files or folders ({INPUT_TYPES})")
    p.add_argument("--out", required=True, help="folder for articles.csv, facts.csv, errors.csv")
    p.add_argument("--stats", metavar="FILE", help="write what each step read, dropped, produced and took (JSON)")
    p.add_argument("--without", action="append", default=[], metavar="EXTRACTOR",
                   help="switch one extractor off (repeatable)")
    _engine_args(p)
    _common(p)

    p = _sub(sub, "eval", "precision, recall and F1 per field against a gold file", EVAL_EXAMPLES)
    p.add_argument("--gold", required=True, action="append",
                   help="gold JSON Lines (shared/corpus/ANNOTATION.md); repeat with --input for several corpora")
    p.add_argument("--input", required=True, action="append", help="folder of articles to extract (repeatable)")
    p.add_argument("--misses", action="store_true", help="list every disagreement")
    p.add_argument("--out", help="keep the tables in this folder (default: a temporary one)")
    p.add_argument("--measures", metavar="GOLD", help="also score each count's place, period and role against a "
                   "measures gold file (tests/data/measures_gold.jsonl)")
    p.add_argument("--without", action="append", default=[], metavar="EXTRACTOR",
                   help="switch one extractor off (repeatable), to measure what it contributes")
    _common(p)

    p = _sub(sub, "crawl", "the nightly crawl: new articles from feeds, sitemaps and section pages", CRAWL_EXAMPLES)
    p.add_argument("--out", help="override [crawl] out: where the tables are appended")
    p.add_argument("--format", choices=["csv", "parquet", "both"], default=None,
                   help="also keep Parquet copies of the tables, rebuilt after each crawl")
    p.add_argument("--excel", action="store_true", help="accepted for symmetry with run; the appended CSV stays plain UTF-8")
    p.add_argument("--workers", type=_at_least(0), default=None,
                   help="accepted; fetching is paced per host, extraction is serial")
    p.add_argument("--engine", choices=["local", "dask"], default=None, help="accepted; the crawl runs locally")
    p.add_argument("--stats", metavar="FILE", help="write the crawl's counters and steps (JSON)")
    _common(p)

    p = _sub(sub, "bench", "the throughput and memory benchmark: the pipeline against trafilatura alone",
             BENCH_EXAMPLES)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--size", type=_at_least(1), default=2000, help="articles per measurement (default 2000)")
    _common(p)

    p = _sub(sub, "export", "a finished run as a spaCy DocBin or Doccano JSON Lines of texts and labelled spans",
             EXPORT_EXAMPLES)
    p.add_argument("--input", required=True, help="the run's output folder (with texts.jsonl.gz and facts.csv)")
    p.add_argument("--format", choices=["spacy", "jsonl"], required=True, help="DocBin (.spacy) or JSON Lines")
    p.add_argument("file", help="where to write")
    _common(p)

    p = _sub(sub, "report", "one self-contained HTML page of a run: charts, facts, rejected inputs", REPORT_EXAMPLES)
    p.add_argument("--input", required=True, help="a folder with articles.csv, facts.csv, errors.csv (from run or crawl)")
    p.add_argument("--max-facts", type=_at_least(0), default=5000, help="rows of the facts table shown in the page")
    _common(p)
    return parser


def _run(args, cfg: Settings) -> int:
    from pipeline.run.progress import Progress
    from pipeline.run.runner import run
    from pipeline.run.stats import check_stats_path, write_stats

    check_stats_path(args.stats)
    summary = run(args.inputs, args.out, cfg, workers=args.workers or cfg.run.workers or os.cpu_count() or 1,
                  engine=args.engine or cfg.run.engine, scheduler=args.scheduler,
                  fmt=args.format or cfg.run.format, excel=args.excel or cfg.run.excel,
                  without=tuple(args.without), progress=Progress(args.quiet))
    write_stats(args.stats, summary.to_dict())
    if summary.inputs == 0:  # said even with --quiet: a cron job pointed at the wrong folder would not notice otherwise
        print(f"vnpress: no inputs found in {', '.join(args.inputs)} ({INPUT_TYPES}); empty tables written",
              file=sys.stderr)
    if not args.quiet:
        for line in summary.lines():
            print(line, file=sys.stderr)
        if summary.rejected:
            print(f"{summary.rejected} input(s) rejected: see {args.out}/errors.csv", file=sys.stderr)
    return summary.exit_code


def _eval(args, cfg: Settings) -> int:
    from pipeline.run.runner import run
    from pipeline.tools.evaluate import format_report, read_gold, score
    from pipeline.tools.measures_eval import MEASURES_KEYS

    if len(args.gold) != len(args.input):
        print("vnpress eval: give one --gold per --input", file=sys.stderr)
        return 2
    for gold in args.gold:  # a broken gold file is said before the run, not after it
        read_gold(gold)
    if args.measures:
        read_gold(args.measures, MEASURES_KEYS)
    with tempfile.TemporaryDirectory(prefix="vnpress-eval-") as tmp:
        out = args.out or tmp
        run(args.input, out, cfg, without=tuple(args.without))
        scored = [score(gold, out) for gold in args.gold]
        attribution = None
        if args.measures:
            from pipeline.tools.measures_eval import score_measures

            attribution = score_measures(args.measures, out)
    for gold, (report, misses, n_gold, matched) in zip(args.gold, scored, strict=True):
        if len(args.gold) > 1:
            print(f"== {gold}")
        if args.misses:
            for file, fld, missed, extra in misses:
                print(f"  {file} {fld}: missed {missed} extra {extra}")
        for line in format_report(report, n_gold, matched):
            print(line)
    if args.misses:
        for line in (attribution[2] if attribution else []):
            print(f"  {line}")
    if attribution:
        accuracy, n, _ = attribution
        print("attribution     " + " ".join(f"{a}={v:.3f}" for a, v in accuracy.items()) + f" (counts={n})")
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
    # trafilatura warns about each page it finds no text in; errors.csv already says so, one row a page
    logging.getLogger("trafilatura").setLevel(logging.INFO if getattr(args, "verbose", False) else logging.ERROR)
    try:
        cfg = load_config(getattr(args, "config", None))
        if args.command == "run":
            return _run(args, cfg)
        if args.command == "eval":
            return _eval(args, cfg)
        return importlib.import_module(COMMAND_MODULES[args.command]).main(args, cfg)
    except (ConfigError, OutputError, RunLocked, NotATable) as e:  # said in one line, exit 2: nothing was written
        print(f"vnpress: {e}", file=sys.stderr)
        return 2
