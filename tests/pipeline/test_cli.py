"""The command line as users and cron call it: tables written, exit statuses, errors.csv."""

import csv
import json
import subprocess
import sys
from pathlib import Path

from pipeline.cli import main
from pipeline.schema import names

ROOT = Path(__file__).resolve().parents[2]


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


def test_an_output_path_that_is_a_file_is_said_in_one_line_and_exits_2(tmp_path, capsys):
    taken = tmp_path / "tables"
    taken.write_text("an earlier export, not a folder", encoding="utf-8")
    sample = str(ROOT / "data" / "raw" / "01_ba-tri_dan-van-kheo.txt")
    assert main(["run", sample, "--out", str(taken), "--quiet"]) == 2
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"file": "01_ba-tri_dan-van-kheo.txt", "published_date": "2024-10-14", "district": "Ba Tri", '
                    '"province": "Bến Tre", "campaigns": [], "model_counts": [], "awardees": []}\n', encoding="utf-8")
    assert main(["eval", "--gold", str(gold), "--input", sample, "--out", str(taken)]) == 2
    err = capsys.readouterr().err
    assert err.count(f"vnpress: {taken} is a file, not a folder") == 2 and "Traceback" not in err
    assert taken.read_text(encoding="utf-8") == "an earlier export, not a folder"


def test_counts_on_the_command_line_are_checked_before_anything_runs(tmp_path, capsys):
    assert main(["run", str(ROOT / "data" / "raw"), "--out", str(tmp_path / "o"), "--workers", "-2"]) == 2
    assert main(["bench", "--size", "0"]) == 2
    err = capsys.readouterr().err
    assert "--workers: must be 0 or more, not -2" in err and "--size: must be 1 or more, not 0" in err
    assert not (tmp_path / "o").exists()


def test_stats_go_where_asked_and_a_folder_in_their_place_stops_the_run_before_it_starts(tmp_path, capsys):
    sample = str(ROOT / "data" / "raw" / "01_ba-tri_dan-van-kheo.txt")
    stats = tmp_path / "logs" / "2026-12-06" / "run.json"
    assert main(["run", sample, "--out", str(tmp_path / "a"), "--stats", str(stats), "--quiet"]) == 0
    assert json.loads(stats.read_text(encoding="utf-8"))["articles"] == 1
    assert main(["run", sample, "--out", str(tmp_path / "b"), "--stats", str(tmp_path / "logs"), "--quiet"]) == 2
    assert "is a folder: name the file to write" in capsys.readouterr().err
    assert not (tmp_path / "b").exists()


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
    from pipeline.read.inputs import KINDS, ONE_ARTICLE

    plain, gzipped = INPUT_TYPES.split("; ")
    named = plain.split(", ")
    assert set(KINDS) | {".warc.gz"} == set(named)
    assert gzipped.startswith("the first five also gzipped")
    assert {KINDS[k] for k in named[:5]} == set(ONE_ARTICLE) and KINDS[named[5]] not in ONE_ARTICLE
