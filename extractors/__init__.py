"""Extractors, one module per fact kind; importing this package registers them all."""

from extractors import awardees, campaigns, dates, model_counts, ner_places, places  # noqa: F401
