"""Probes: 240 short reports in provincial papers' styles, written blind for session 49 by helpers who never saw the
pipeline, each with the awardees and model counts the annotation guide gives. Each is read as its gold says, except
those listed below with the reason (a call the guide leaves open, or a shape not read yet): those must still differ,
so that the list stays true."""

import json
from pathlib import Path

import pytest

from tests.conftest import extract_text

PROBES = [json.loads(line) for line in (Path(__file__).parents[1] / "data" / "probes_counts.jsonl")
          .read_text(encoding="utf-8").splitlines() if line.strip()]

_HONOURED_PARTS = "DOUBT: the typed parts of exemplars who were honoured are read as models only"
_BASE_UNITS = ("'cơ sở đoàn' is not read as a collective: the Youth Union's base units are met far more often as "
               "participants or a rating (three read blind sets lost an awardee when it was)")
DIFFERENT = {
    "aw013": "a ceremony still to come ('Dự kiến … sẽ biểu dương, khen thưởng'): read as planned",
    "aw034": _BASE_UNITS,
    "aw082": _HONOURED_PARTS,
    "aw093": "DOUBT: a part of exemplars named by their calling ('trong đó có 6 già làng') is no model count",
    "aw105": _BASE_UNITS,
    "mc028": "DOUBT: '35 gương được biểu dương' (without 'điển hình') is read as people honoured",
    "mc045": "a quota per commune ('mỗi xã có ít nhất một mô hình') is no count, by design",
    "mc049": "the development corpus's gold (corpus/014) reads 'tặng Giấy khen cho N tập thể, M cá nhân điển hình' as "
             "awardees only",
    "mc052": _HONOURED_PARTS,
    "mc053": "DOUBT: exemplars honoured, counted as 'điển hình', are read as models only",
    "mc055": "a list of four callings between the delegates and 'điển hình' is longer than the pattern reads",
    "mc057": "DOUBT: '16 gương người tốt, việc tốt' honoured is read as people honoured",
    "mc068": "a range written in words ('từ mười đến mười lăm mô hình') keeps its upper bound only",
    "mc072": "'trong đó có một mô hình' is read as 'a model', not as a count of one",
    "mc093": "a figure after its noun without 'số' ('Mô hình … được công nhận … là 64') is not read",
    "mc096": "levels labelled after 'gồm:' without a total before them are not read",
    "mc097": "a second figure after 'số' that refers back ('số được nhân rộng là 96') is not read",
    "mc099": "a quota and its result ('chỉ tiêu … là 40, kết quả thực hiện là 48') are not read",
}


def _read(cfg, text: str) -> tuple[set, set]:
    doc = extract_text(f"Tổng kết phong trào\n\n12/12/2023 - 08:00\n\n{text}", cfg)
    awardees = {(int(float(f.value)), f.unit) for f in doc.facts if f.kind == "awardee_count"}
    models = {int(float(f.value)) for f in doc.facts if f.kind == "model_count"}
    return awardees, models


@pytest.mark.parametrize("probe", [
    pytest.param(p, id=p["id"], marks=pytest.mark.xfail(strict=True, reason=DIFFERENT[p["id"]])) if p["id"] in DIFFERENT
    else pytest.param(p, id=p["id"]) for p in PROBES])
def test_a_probe_is_read_as_the_guide_says(cfg, probe):
    gold = ({(a["count"], a["kind"]) for a in probe["awardees"]}, set(probe["model_counts"]))
    assert _read(cfg, probe["text"]) == gold
