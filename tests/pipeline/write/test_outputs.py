"""What analysts open: typed Parquet, Excel-safe CSV, and a data dictionary that matches the schema."""

import csv
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.schema import TABLES, names
from pipeline.write import dictionary

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    out = tmp_path_factory.mktemp("both")
    assert main(["run", str(ROOT / "data" / "raw"), "--out", str(out), "--format", "both", "--quiet"]) == 0
    return out


def test_parquet_round_trips_with_the_declared_types(both):
    arts = pq.read_table(both / "articles.parquet")
    assert arts.schema.field("published_date").type == "date32[day]"
    assert str(arts.schema.field("model_count_total").type) == "int64"
    assert arts.schema.field("province_code").type == "string"
    df = arts.to_pandas()
    csv_rows = list(csv.DictReader(open(both / "articles.csv", encoding="utf-8")))
    assert len(df) == len(csv_rows)
    thach_ha = df[df["district"] == "Thạch Hà"].iloc[0]
    assert thach_ha["model_count_total"] == 159 and thach_ha["province_code"] == "42"
    assert pd.isna(df[df["district"] == "Thạch Hà"]["awardee_collectives"].iloc[0])
    facts = pq.read_table(both / "facts.parquet")
    assert facts.num_rows == len(list(csv.DictReader(open(both / "facts.csv", encoding="utf-8"))))
    assert facts.schema.names == names("facts")


def test_codes_keep_their_leading_zeros(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "hn.txt").write_text("Quận Ba Đình tổng kết\n\n14/10/2024 - 06:46\n\nQuận ủy Ba Đình, Hà Nội xây dựng 40 mô hình.",
                                encoding="utf-8")
    main(["run", str(src), "--out", str(tmp_path / "o"), "--format", "both", "--quiet"])
    [row] = list(csv.DictReader(open(tmp_path / "o" / "articles.csv", encoding="utf-8")))
    assert (row["district_code"], row["province_code"]) == ("001", "01")
    assert pq.read_table(tmp_path / "o" / "articles.parquet").to_pandas()["district_code"][0] == "001"


def test_a_title_starting_with_equals_is_inert_in_the_excel_csv(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "evil.txt").write_text('=HYPERLINK("http://evil.example","Bấm vào")\n\n14/10/2024 - 06:46\n\n'
                                  "Huyện Ba Tri xây dựng 12 mô hình “Dân vận khéo”.", encoding="utf-8")
    main(["run", str(src), "--out", str(tmp_path / "o"), "--excel", "--quiet"])
    raw = (tmp_path / "o" / "articles.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads UTF-8 and keeps the diacritics"
    [row] = list(csv.DictReader(open(tmp_path / "o" / "articles.csv", encoding="utf-8-sig")))
    assert row["title"].startswith("'=HYPERLINK")
    assert row["district"] == "Ba Tri"


def test_the_data_dictionary_is_current():
    committed = (ROOT / "docs" / "DATA_DICTIONARY.md").read_text(encoding="utf-8")
    assert committed == dictionary.render(), "run: python -m pipeline.write.dictionary > docs/DATA_DICTIONARY.md"
    for table, cols in TABLES.items():
        for c in cols:
            assert f"| `{c.name}` |" in committed, (table, c.name)


def test_the_pandas_lines_in_the_dictionary_load_the_tables(both, monkeypatch):
    code = dictionary.render().split("```python", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(both.parent)
    (both.parent / "out").mkdir(exist_ok=True)
    for name in TABLES:
        (both.parent / "out" / f"{name}.csv").write_bytes((both / f"{name}.csv").read_bytes())
    scope: dict = {}
    exec(code, scope)
    arts = scope["articles"]
    assert str(arts["model_count_total"].dtype) == "Int64"
    assert str(arts["published_date"].dtype).startswith("datetime64")
    assert str(scope["measures"]["value"].dtype) == "Int64" and str(scope["summary"]["period_start"].dtype) == "Int64"
