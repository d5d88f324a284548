"""The command line as users and cron call it: tables written, exit statuses, errors.csv."""

import csv
import subprocess
import sys
from pathlib import Path

from pipeline.cli import main
from pipeline.schema import names

ROOT = Path(__file__).resolve().parents[1]


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_run_on_the_bundled_sample_writes_the_contract_tables(tmp_path):
    assert main(["run", str(ROOT / "data" / "raw"), "--out", str(tmp_path), "--quiet"]) == 0
    articles = _rows(tmp_path / "articles.csv")
    assert len(articles) == len([p for p in (ROOT / "data" / "raw").iterdir() if p.suffix in (".txt", ".html", ".htm")])
    assert list(articles[0]) == names("articles")
    assert list(_rows(tmp_path / "facts.csv")[0]) == names("facts")
    assert _rows(tmp_path / "errors.csv") == []
    by_file = {Path(a["source"]).name: a for a in articles}
    assert by_file["01_ba-tri_dan-van-kheo.txt"]["district"] == "Ba Tri"
    assert by_file["07_long-chau_2025.txt"]["commune"] == "Long Châu"
    assert not list(tmp_path.glob(".*.tmp")), "no temporary files left behind"


def test_a_bad_input_is_one_error_row_and_exit_1_while_the_rest_is_written(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text("Huyện Ba Tri tổng kết\n\n14/10/2024 - 06:46\n\nHuyện Ba Tri xây dựng 12 mô hình.",
                                     encoding="utf-8")
    (inputs / "broken.html").write_bytes(b"\x00\x01\x02\x03PK\x05\x06" * 200)
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out), "--quiet"]) == 1
    [err] = _rows(out / "errors.csv")
    assert err["source"].endswith("broken.html") and err["stage"] == "decode" and "\n" not in err["reason"]
    [art] = _rows(out / "articles.csv")
    assert art["district"] == "Ba Tri"


def test_a_page_without_text_is_said_once_in_errors_csv_not_again_on_the_console(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty-page.html").write_text("<html><head><title>Trang chủ</title></head><body></body></html>",
                                            encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", str(inputs), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 1
    [err] = _rows(tmp_path / "out" / "errors.csv")
    assert err["stage"] == "parse" and err["source"].endswith("empty-page.html")
    assert "WARNING" not in proc.stderr, proc.stderr


def test_usage_and_configuration_errors_exit_2(tmp_path):
    assert main(["run", "--out", str(tmp_path)]) == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("[run\nbatch_size = ", encoding="utf-8")
    assert main(["run", str(ROOT / "data" / "raw"), "--out", str(tmp_path / "o"), "--config", str(bad)]) == 2
    unknown = tmp_path / "unknown.toml"
    unknown.write_text('[extractors]\nenabled = ["dateline", "no_such_extractor"]\n', encoding="utf-8")
    assert main(["run", str(ROOT / "data" / "raw"), "--out", str(tmp_path / "o"), "--config", str(unknown)]) == 2


def test_module_entry_point_and_help():
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and "examples:" in proc.stdout


def test_eval_without_an_extractor_measures_its_contribution(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    raw = ROOT / "data" / "raw" / "01_ba-tri_dan-van-kheo.txt"
    gold.write_text('{"file": "01_ba-tri_dan-van-kheo.txt", "published_date": "2024-10-14", "province": "Bến Tre", '
                    '"district": "Ba Tri", "campaigns": ["Dân vận khéo", "Đồng khởi mới"], '
                    '"model_counts": [186, 42, 61, 18, 65, 27], "awardees": [{"count": 12, "kind": "tập thể"}, '
                    '{"count": 20, "kind": "cá nhân"}]}\n', encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / raw.name).write_bytes(raw.read_bytes())
    assert main(["eval", "--gold", str(gold), "--input", str(folder)]) == 0
    full = capsys.readouterr().out
    assert "lowest_f1=1.000" in full
    assert main(["eval", "--gold", str(gold), "--input", str(folder), "--without", "campaigns"]) == 0
    assert "campaigns       P=0.000 R=0.000 F1=0.000" in capsys.readouterr().out


def test_eval_with_a_broken_gold_file_names_its_line_and_exits_2_before_running(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"file": "01_ba-tri_dan-van-kheo.txt", "published_date": "2024-10-14", "province": "Bến Tre", '
                    '"district": "Ba Tri", "campaigns": [], "model_counts": [186], "awardees": []}\n'
                    '{"file": "02_long-my_thi-xa.txt", "published_date": "2024-05-02" "province": "Hậu Giang"}\n',
                    encoding="utf-8")
    out = tmp_path / "out"
    assert main(["eval", "--gold", str(gold), "--input", str(ROOT / "data" / "raw"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "line 2: not JSON" in err and "Traceback" not in err
    assert not (out / "articles.csv").exists()  # said before an hour-long run, not after it


def test_a_run_that_finds_no_inputs_says_so_even_when_quiet(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.md").write_text("Danh sách bài cần đọc", encoding="utf-8")  # not a type run reads
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                           "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0 and "no inputs found" in proc.stderr
    assert _rows(tmp_path / "out" / "articles.csv") == []


def test_the_types_the_help_names_are_the_types_run_reads():
    from pipeline.cli import INPUT_TYPES
    from pipeline.read.inputs import KINDS

    assert {k for k in KINDS if k != ".gz"} | {".warc.gz"} == set(INPUT_TYPES.split(", "))
