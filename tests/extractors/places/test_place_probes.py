"""Place probes: 300 short articles written blind by helpers who never saw the pipeline, each with the province and
district (or, after the reform, the commune) the annotation guide gives: 100 before the reform on how a reader decides
the unit (session 49), 100 after it and 100 from national papers (session 50). Each is read as its gold says, except
those listed below with the reason: those must still differ, so that the list stays true."""

import json
from pathlib import Path

import pytest

from pipeline.tools.evaluate import norm
from tests.conftest import extract_text

PROBES = [json.loads(line) for line in (Path(__file__).parents[2] / "data" / "probes_places.jsonl")
          .read_text(encoding="utf-8").splitlines() if line.strip()]

_WEATHER = ("a national weather round-up whose headline or lead names one station's district ('Tương Dương lên 44,2 "
            "độ C') is read as that district's story")
_RANKING = "DOUBT: a national ranking headed by one province ('Bắc Giang dẫn đầu cả nước …') is read as that province's"
DIFFERENT = {
    "pr064": "DOUBT: a story told only through old units whose names new units took (thị xã Cửa Lò) gives the new one",
    "pr065": "DOUBT: a story told only through old units whose names new units took (huyện Hải Hậu) gives the new one",
    "nt011": _WEATHER, "nt013": _WEATHER, "nt018": _WEATHER, "nt041": _RANKING, "nt043": _RANKING,
    "nt100": "DOUBT: a provincial launch held in a district, with its first works there, keeps the district",
}


@pytest.mark.parametrize("probe", [
    pytest.param(p, id=p["id"], marks=pytest.mark.xfail(strict=True, reason=DIFFERENT[p["id"]])) if p["id"] in DIFFERENT
    else pytest.param(p, id=p["id"]) for p in PROBES])
def test_a_place_probe_is_read_as_the_guide_says(cfg, probe):
    fields = extract_text(probe["text"], cfg).fields
    keys = [k for k in ("province", "district", "commune") if k in probe]
    assert {k: norm(fields.get(k)) for k in keys} == {k: norm(probe[k]) for k in keys}
