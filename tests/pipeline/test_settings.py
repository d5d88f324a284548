"""Settings: the TOML read once into typed sections; typos and wrong orders are clear errors."""

import json

import pytest

from extractors.registry import ExtractorSpec, check_order
from pipeline.cli import main
from pipeline.config import load_config
from pipeline.settings import ConfigError


def test_defaults_come_typed_from_the_toml():
    cfg = load_config()
    assert cfg.run.batch_size == 64 and isinstance(cfg.places.dominance, float)
    assert cfg.crawl.sitemap_depth == 3 and "text/html" in cfg.crawl.content_types
    assert cfg.extractors.enabled[0] == "dateline"


def test_a_misspelt_key_is_reported_not_ignored():
    with pytest.raises(ConfigError, match="unknown key.*dominanse"):
        load_config(overrides={"places": {"dominanse": 2.0}})
    with pytest.raises(ConfigError, match="must be a number"):
        load_config(overrides={"run": {"batch_size": "many"}})
    with pytest.raises(ConfigError, match="duplicate_threshold"):
        load_config(overrides={"run": {"duplicate_threshold": 1.0}})


def test_a_crawl_source_takes_the_source_defaults():
    cfg = load_config(overrides={"source": [{"name": "baodongkhoi", "feeds": ["https://baodongkhoi.vn/rss"]}]})
    [src] = cfg.sources
    assert src.pagination_depth == 3 and src.outlet == "baodongkhoi" and src.exclude == ()


def test_extractors_in_the_wrong_order_are_a_clear_error():
    fn = lambda doc, cfg: None  # noqa: E731
    reg = {"places": ExtractorSpec("places", fn, assigns=("mentions",)),
           "ner_places": ExtractorSpec("ner_places", fn, requires=("mentions",), assigns=("mentions",))}
    check_order(["places", "ner_places"], reg)
    check_order(["ner_places"], reg)  # an ablation: the provider switched off
    with pytest.raises(ConfigError, match="put 'places' before 'ner_places'"):
        check_order(["ner_places", "places"], reg)
    with pytest.raises(ConfigError, match="unknown extractor"):
        check_order(["places", "ner"], reg)


def test_the_cli_exits_2_on_a_bad_config(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text('[extractors]\nenabled = ["ner_places", "places"]\n', encoding="utf-8")
    src = tmp_path / "a.txt"
    src.write_text("Huyện Ba Tri\n\n12/12/2023 - 08:00\n\nHuyện Ba Tri có 12 mô hình.", encoding="utf-8")
    assert main(["run", str(src), "--out", str(tmp_path / "o"), "--config", str(bad), "--quiet"]) == 2
    assert "put 'places' before 'ner_places'" in capsys.readouterr().err


def test_stats_count_every_step(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Huyện Ba Tri: 12 mô hình\n\n12/12/2023 - 08:00\n\nHuyện Ba Tri có 12 mô hình "
                               "“Dân vận khéo”.", encoding="utf-8")
    (src / "b.txt").write_text("", encoding="utf-8")
    out = tmp_path / "o"
    assert main(["run", str(src), "--out", str(out), "--stats", str(tmp_path / "s.json"), "--quiet"]) == 1
    stats = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert stats["articles"] == 1 and stats["rejected"] == 1
    assert stats["steps"]["read"]["read"] == 2 and stats["steps"]["read"]["dropped"] == 1
    assert stats["steps"]["extract.model_counts"]["produced"] >= 1
    assert stats["counters"]["facts.model_count"] >= 1
    assert all(s["seconds"] >= 0 for s in stats["steps"].values())


def test_a_district_change_with_a_wrong_key_or_date_is_a_clear_error():
    good = {"name": "Tân Thành", "type": "huyện", "successor": "754", "until": "2018-04-01", "communes": []}
    assert load_config(overrides={"places": {"district_changes": [good]}}).places.district_changes[0]["name"] == "Tân Thành"
    misspelt = {("sucessor" if k == "successor" else k): v for k, v in good.items()}
    with pytest.raises(ConfigError, match="missing key.s. successor; unknown key.s. sucessor"):
        load_config(overrides={"places": {"district_changes": [misspelt]}})
    with pytest.raises(ConfigError, match="until a date"):
        load_config(overrides={"places": {"district_changes": [{**good, "until": "April 2018"}]}})
