"""A killed run, started again, ends with the tables of an uninterrupted one; two runs cannot share --out."""

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _corpus(folder: Path, n: int = 240) -> None:
    folder.mkdir()
    texts = sorted((ROOT / "data" / "raw").glob("*.txt"))
    for i in range(n):
        src = texts[i % len(texts)].read_text(encoding="utf-8")
        (folder / f"{i:04d}_{texts[i % len(texts)].name}").write_text(src + f"\n\nMã tin {i}.", encoding="utf-8")


def _run(inputs: Path, out: Path, cfg: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(inputs), "--out", str(out), "--config", str(cfg),
                             "--quiet"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _tables(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in ("articles.csv", "facts.csv", "errors.csv")}


@pytest.mark.slow
def test_a_killed_run_restarted_gives_the_tables_of_an_uninterrupted_run(tmp_path):
    inputs = tmp_path / "in"
    _corpus(inputs)
    cfg = tmp_path / "small-batches.toml"
    cfg.write_text("[run]\nbatch_size = 4\n", encoding="utf-8")
    ref = _run(inputs, tmp_path / "ref", cfg)
    assert ref.wait(timeout=300) == 0
    out = tmp_path / "out"
    proc = _run(inputs, out, cfg)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(out.glob(".vnpress-work/*/000003.pickle")):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    parts = list(out.glob(".vnpress-work/*/*.pickle"))
    assert parts and not (out / "articles.csv").exists(), "killed mid-way, before the tables were assembled"
    assert _run(inputs, out, cfg).wait(timeout=300) == 0
    assert _tables(out) == _tables(tmp_path / "ref")
    assert not (out / ".vnpress-work").exists()


@pytest.mark.slow
def test_two_runs_into_one_out_are_refused_clearly(tmp_path):
    inputs = tmp_path / "in"
    _corpus(inputs, 900)
    cfg = tmp_path / "c.toml"
    cfg.write_text("[run]\nbatch_size = 2\n", encoding="utf-8")
    first = _run(inputs, tmp_path / "out", cfg)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list((tmp_path / "out").glob(".vnpress-work/*/*.pickle")):
        time.sleep(0.05)
    second = subprocess.run([sys.executable, "-m", "pipeline", "run", str(inputs), "--out", str(tmp_path / "out")],
                            cwd=ROOT, capture_output=True, text=True)
    assert first.wait(timeout=300) == 0
    assert second.returncode == 2 and "another vnpress run is writing to" in second.stderr
