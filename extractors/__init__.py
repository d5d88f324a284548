"""Extractors, one module per fact kind; importing this package registers them all."""

from extractors import attribution, award_tables, awardees, campaigns, dateline, dates, model_counts  # noqa: F401
from extractors.places import matcher, ner  # noqa: F401
