"""The package's shape: imports flow one way (no cycles), modules stay small, --help stays light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("pipeline", "extractors")
MAX_LINES = 400


def _modules() -> dict[str, Path]:
    mods = {}
    for pkg in PACKAGES:
        for path in (ROOT / pkg).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            mods[name] = path
    return mods


def import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports at run time (lazy imports included, type-only ones not)."""
    mods = _modules()
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for mod, path in mods.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        type_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                     and getattr(block.test, "id", "") == "TYPE_CHECKING" for n in ast.walk(block)}
        for node in ast.walk(tree):
            if id(node) in type_only:
                continue
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for t in targets:
                if t in mods and t != mod:
                    graph[mod].add(t)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        stack.append(m)
        for n in sorted(graph[m]):
            if state.get(n) == 1:
                return stack[stack.index(n):] + [n]
            if n not in state and (c := visit(n)):
                return c
        stack.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state and (c := visit(m)):
            return c
    return None


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycles():
    cycle = find_cycle(import_graph())
    assert cycle is None, " -> ".join(cycle or [])


def test_imports_flow_one_way():
    # core <- read, extractors <- run <- crawl, write <- cli: a lower layer never imports a higher one.
    layer = {"pipeline.read": 1, "extractors": 1, "pipeline.run": 2, "pipeline.write": 2,
             "pipeline.crawl": 3, "pipeline.tools": 3, "pipeline.nlp": 3, "pipeline.cli": 4, "pipeline.__main__": 4}

    def rank(mod: str) -> int:
        for prefix, r in sorted(layer.items(), key=lambda kv: -len(kv[0])):
            if mod == prefix or mod.startswith(prefix + "."):
                return r
        return 0  # core: document, text, config, settings, schema, ids, urls

    wrong = [(m, n) for m, deps in import_graph().items() for n in deps
             if rank(n) > rank(m) and not (m.startswith("pipeline.write") and n.startswith("pipeline.run"))]
    assert not wrong, wrong


def test_every_module_is_small():
    big = {str(p.relative_to(ROOT)): n for p in _modules().values()
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not big, big


def test_no_module_holds_a_control_character():
    # (a backspace pasted for "\b" into a raw pattern matches nothing, silently: "_SEAT_BEFORE" lost its first form so)
    found = {str(p.relative_to(ROOT)): line for p in _modules().values()
             for line, text in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if any(ord(c) < 32 and c != "\t" for c in text)}
    assert not found, found


def test_help_imports_no_heavy_module():
    heavy = ["trafilatura", "distributed", "dask", "datasketch", "plotly", "underthesea", "pandas",
             "httpx", "warcio", "pyarrow", "lxml", "spacy"]
    code = ("import sys, contextlib, io\nfrom pipeline.cli import main\n"
            "for argv in (['--help'], ['run', '--help'], ['crawl', '--help']):\n"
            "    with contextlib.redirect_stdout(io.StringIO()):\n        main(argv)\n"
            f"print(','.join(m for m in {heavy!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "", f"--help imported: {out.stdout.strip()}"
