"""The evaluation gate: the shared development corpora must keep their scores (skipped where absent).

Like trafilatura's evaluation habit: no later change can lower these figures silently. The same
tables are scored by our `vnpress eval` code and by ../shared/tools/score.py, which must agree.
"""

import json
import subprocess
import sys

import pytest

from pipeline.config import load_config
from pipeline.run.runner import run
from pipeline.tools.evaluate import score
from tests.conftest import SHARED, shared_corpus

_ALL_FIELDS = ("published_date", "province", "district", "campaigns", "model_counts", "awardees")
# The gate: F1 >= 0.95 on every field of every development corpus (commune where the gold has it).
THRESHOLDS = {
    "corpus": dict.fromkeys(_ALL_FIELDS, 0.95) | {"published_date": 1.0},
    "corpus-2025": dict.fromkeys((*_ALL_FIELDS, "commune"), 0.95),
    "corpus-mixed": dict.fromkeys((*_ALL_FIELDS, "commune"), 0.95),
}


@pytest.fixture(scope="module", params=sorted(THRESHOLDS))
def scored(request, tmp_path_factory):
    corpus = shared_corpus(request.param)
    out = tmp_path_factory.mktemp(request.param)
    summary = run([str(corpus)], out, load_config())
    assert summary.rejected == 0
    return request.param, corpus, out


def test_every_field_meets_its_threshold(scored):
    name, corpus, out = scored
    report, misses, n_gold, matched = score(corpus / "gold.jsonl", out)
    assert matched == n_gold
    for field, minimum in THRESHOLDS[name].items():
        assert report[field][2] >= minimum, f"{name} {field} F1 {report[field][2]:.3f} < {minimum}: {misses}"


def test_the_shared_scorer_agrees(scored):
    name, corpus, out = scored
    scorer = SHARED / "tools" / "score.py"
    if not scorer.exists():
        pytest.skip("../shared/tools/score.py is not present")
    proc = subprocess.run([sys.executable, str(scorer), str(corpus / "gold.jsonl"), str(out), "--json"],
                          capture_output=True, text=True, check=False)
    theirs = json.loads(proc.stdout.splitlines()[0])
    ours, *_ = score(corpus / "gold.jsonl", out)
    for field, values in theirs.items():
        assert ours[field][2] == pytest.approx(values["f1"]), field


def test_spelling_variants_of_a_name_score_as_one(tmp_path):
    # the guide's variants, as the shared scorer reads them: the tone mark of oa/oe/uy on either vowel, Đắk and Đăk
    (tmp_path / "gold.jsonl").write_text(json.dumps({
        "file": "a.txt", "url": None, "published_date": None, "province": "Đăk Lắk", "district": "Krông Pắc",
        "campaigns": ["Toàn dân đoàn kết xây dựng đời sống văn hoá"], "model_counts": [], "awardees": []},
        ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "articles.csv").write_text("article_id,source,published_date,province,district\n"
                                           "x1,/in/a.txt,,Đắk Lắk,Krông Pắc\n", encoding="utf-8")
    (tmp_path / "facts.csv").write_text("article_id,kind,value,unit\n"
                                        "x1,campaign,Toàn dân đoàn kết xây dựng đời sống văn hóa,\n", encoding="utf-8")
    report, misses, _, _ = score(tmp_path / "gold.jsonl", tmp_path)
    assert misses == []
    assert report["province"][2] == report["campaigns"][2] == 1.0
