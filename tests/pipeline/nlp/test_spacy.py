"""vnpress in spaCy: the registered component gives the same facts as `vnpress run`; exports round-trip."""

import csv
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from pipeline.cli import main  # noqa: E402
from pipeline.write.texts import read_texts  # noqa: E402
from tests.conftest import SHARED  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]


def _nlp():
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("vnpress")  # through the spacy_factories entry point: no import of ours needed
    return nlp


def _run_facts(out: Path) -> dict[str, set]:
    facts = defaultdict(set)
    with open(out / "facts.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            facts[r["article_id"]].add((r["kind"], r["value"], int(r["start"]), int(r["end"])))
    return facts


def _spans(doc) -> set:
    return {(s.label_, s._.value, s._.start, s._.end) for s in doc.spans["vnpress"]}


@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["corpus", "corpus-2025", "corpus-mixed"])
def test_the_component_gives_the_facts_of_vnpress_run(corpus, tmp_path):
    if not (SHARED / corpus).is_dir():
        pytest.skip(f"../shared/{corpus} is not present")
    # The texts vnpress reads (normalised), run again as plain files: the same input for both paths.
    first = tmp_path / "first"
    main(["run", str(SHARED / corpus), "--out", str(first), "--quiet", "--workers", "1"])
    texts = list(read_texts(first))
    src = tmp_path / "texts"
    src.mkdir()
    for i, rec in enumerate(texts):
        (src / f"{i:03d}.txt").write_text(rec["text"], encoding="utf-8")
    second = tmp_path / "second"
    main(["run", str(src), "--out", str(second), "--quiet", "--workers", "1"])
    by_order = [r["article_id"] for r in csv.DictReader(open(second / "articles.csv", encoding="utf-8"))]
    run_facts = _run_facts(second)
    for aid, doc in zip(by_order, _nlp().pipe([rec["text"] for rec in texts]), strict=True):
        assert _spans(doc) == run_facts[aid], aid


def test_spans_share_text_but_keep_their_own_values(cfg):
    nlp = _nlp()
    doc = nlp("Huyện Ba Tri xây dựng mô hình\n\n14/10/2024 - 06:46\n\nHuyện Ba Tri đã xây dựng được 105/130 mô hình "
              "“Dân vận khéo” đã đăng ký.")
    counts = [s for s in doc.spans["vnpress"] if s.label_ == "model_count"]
    assert sorted(s._.value for s in counts) == ["105", "130"]
    assert counts[0].start_char == counts[1].start_char  # one span of text, two facts
    assert doc._.vnpress["district"] == "Ba Tri" and doc._.vnpress["published_date"] == "2024-10-14"


def test_nlp_pipe_with_several_processes():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("0[1-4]*.txt"))]
    docs = list(_nlp().pipe(texts, n_process=2, batch_size=2))
    assert [d._.vnpress["district"] for d in docs] == ["Ba Tri", "Long Mỹ", "Tam Kỳ", "Quận 3"]
    assert all(len(d.spans["vnpress"]) > 5 for d in docs)


@pytest.fixture(scope="module")
def finished_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    assert main(["run", str(ROOT / "data" / "raw"), "--out", str(out), "--quiet"]) == 0
    return out


def test_export_jsonl_round_trips_the_facts(finished_run, tmp_path):
    assert main(["export", "--input", str(finished_run), "--format", "jsonl", str(tmp_path / "a.jsonl"), "--quiet"]) == 0
    records = [json.loads(line) for line in open(tmp_path / "a.jsonl", encoding="utf-8")]
    run = _run_facts(finished_run)
    assert len(records) == 12
    for rec in records:
        assert {(f["kind"], f["value"], int(f["start"]), int(f["end"])) for f in rec["facts"]} == run[rec["id"]]
        assert {(s, e, k) for s, e, k in rec["label"]} == {(s, e, k) for k, _, s, e in run[rec["id"]]}
        assert all(0 <= s < e <= len(rec["text"]) for s, e, _ in rec["label"])


def test_export_docbin_round_trips_the_facts(finished_run, tmp_path):
    from spacy.tokens import DocBin

    assert main(["export", "--input", str(finished_run), "--format", "spacy", str(tmp_path / "a.spacy"), "--quiet"]) == 0
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    docs = list(DocBin().from_disk(tmp_path / "a.spacy").get_docs(nlp.vocab))
    run = _run_facts(finished_run)
    assert len(docs) == 12
    for doc in docs:
        assert _spans(doc) == run[doc.user_data["article_id"]]


@pytest.mark.slow
def test_spacy_debug_data_accepts_the_docbin(tmp_path):
    corpora = [str(SHARED / c) for c in ("corpus", "corpus-2025", "corpus-mixed") if (SHARED / c).is_dir()]
    if len(corpora) < 3:
        pytest.skip("spaCy wants 100 documents at least; with ../shared absent there are 12")
    main(["run", str(ROOT / "data" / "raw"), *corpora, "--out", str(tmp_path / "run"), "--quiet"])
    main(["export", "--input", str(tmp_path / "run"), "--format", "spacy", str(tmp_path / "train.spacy"), "--quiet"])
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "spacy_debug.py"), str(tmp_path / "train.spacy")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "Training pipeline: tok2vec, spancat" in proc.stdout and "checks passed" in proc.stdout


def test_export_makes_the_folder_it_writes_into_and_refuses_a_file_in_the_way(finished_run, tmp_path, capsys):
    nested = tmp_path / "exports" / "2026-12"
    assert main(["export", "--input", str(finished_run), "--format", "jsonl", str(nested / "a.jsonl"), "--quiet"]) == 0
    assert len((nested / "a.jsonl").read_text(encoding="utf-8").splitlines()) == 12
    assert [p.name for p in nested.iterdir()] == ["a.jsonl"], "no temporary file left beside it"
    (tmp_path / "taken").write_text("", encoding="utf-8")
    assert main(["export", "--input", str(finished_run), "--format", "spacy", str(tmp_path / "taken" / "a.spacy")]) == 2
    assert f"vnpress: {tmp_path / 'taken'} is a file, not a folder" in capsys.readouterr().err
