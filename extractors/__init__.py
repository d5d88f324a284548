"""Extractors, one module per fact kind; importing this package registers them all."""

from extractors import (  # noqa: F401
    attribution,
    award_tables,
    awardees,
    campaigns,
    dateline,
    dates,
    model_counts,
    model_tables,
)
from extractors.places import matcher, ner  # noqa: F401
