"""Blind-written probe articles (bench/probes): whole articles and saved pages that helpers wrote in provincial and
national papers' styles, with the guide's gold, never seeing the pipeline. They are not real articles (bench/blind*
are), so they say nothing of accuracy on real news; they hold shapes real news takes (long reviews, post-reform
communes, web pages with menus, related stories and foot bylines) so that no later change loses them silently."""

from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.run.runner import run
from pipeline.tools.evaluate import score

PROBES = Path(__file__).parents[1] / "bench" / "probes"
_FIELDS = ("published_date", "province", "district", "campaigns", "model_counts", "awardees")
THRESHOLDS = {
    "articles_2014_2025": dict.fromkeys(_FIELDS, 0.95),
    "articles_2025_2026": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    "pages_html": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    # session 51: award-heavy reviews, district attribution, national news (before and after the reform)
    "awards_reviews_a": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    "awards_reviews_b": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    "districts_a": dict.fromkeys(_FIELDS, 0.95),
    "districts_b": dict.fromkeys(_FIELDS, 0.95),
    "national_a": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    # (five districts in all, one missed: a commune-led story under a lead that names the whole province)
    "national_b": {**dict.fromkeys((*_FIELDS, "commune"), 0.95), "district": 0.85},
    # session 52: model stories, post-reform communes, award-heavy reviews, saved pages
    "models_a": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    "communes_a": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    "awards_reviews_c": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    "pages_html_b": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    # (and short excerpts: district attribution before the reform, awards, post-reform communes)
    "districts_c": dict.fromkeys(_FIELDS, 0.95),
    "awards_excerpts": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    "communes_b": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    # session 53: short excerpts on counts of models and of awardees
    "models_excerpts": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    "awards_excerpts_b": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    # session 54: district excerpts before the reform, commune excerpts after it, full-length national news
    "districts_d": dict.fromkeys(_FIELDS, 0.95),
    "communes_c": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    "national_c": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    # (and award excerpts from many sectors, saved pages, full-length articles after the reform)
    "awards_g": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    "pages_html_c": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    "articles_2025_b": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    "models_c": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    # (and excerpts on when a story has no district, or no commune, or one by a narrow margin)
    "districts_e": dict.fromkeys(_FIELDS, 0.95),
    "communes_d": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    # session 55: full-length award reviews, districts hidden behind traps, models in messy grammar, post-reform features
    # (awards_h: one gold names "phường Vinh", a ward that does not exist after the reform; another reads a one-sentence
    # aside on a second commune as no item of a digest, which a real set's annotator judged the other way)
    "awards_h": {**dict.fromkeys((*_FIELDS, "commune"), 0.95), "commune": 0.9},
    # (districts_f: four traps left, a commune named like a district elsewhere and told so in the text, a huyện beside the
    # thị xã of its name, a commune sharing its name with the neighbouring district)
    "districts_f": {**dict.fromkeys(_FIELDS, 0.95), "district": 0.9},
    "models_d": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    "communes_e": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    # (and award excerpts in hard grammar, districts that are often null, communes hidden behind traps)
    "awards_i": dict.fromkeys((*_FIELDS, "commune"), 0.95),
    # (districts_g: five province-level stories that dwell on one district, a venue, a round-up, a tour, still read as
    # that district's; the held pool's district precision, .918, fails the same way)
    "districts_g": {**dict.fromkeys(_FIELDS, 0.95), "district": 0.85},
    # (communes_f: six communes named once, late or only through a leader or a village, beside old units of their name)
    "communes_f": {**dict.fromkeys((*_FIELDS, "commune"), 0.95), "commune": 0.9},
}


@pytest.mark.parametrize("name", sorted(THRESHOLDS))
def test_a_probe_set_keeps_its_scores(tmp_path, name):
    summary = run([str(PROBES / name)], tmp_path, load_config())
    assert summary.rejected == 0
    report, misses, n_gold, matched = score(PROBES / name / "gold.jsonl", tmp_path)
    assert matched == n_gold
    for field, minimum in THRESHOLDS[name].items():
        assert report[field][2] >= minimum, f"{name} {field} F1 {report[field][2]:.3f} < {minimum}: {misses}"
